package no.eukg.web.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.exec.QueryExec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphFormats;
import no.eukg.export.graph.PropertyGraph;
import no.eukg.export.graph.StoreGraphs;
import no.eukg.web.HttpError;
import no.eukg.web.ResourceServlet;
import no.eukg.web.Site;

/**
 * Runs a CONSTRUCT or DESCRIBE that {@link GraphConstructFilter} took from {@code /sparql} and
 * answers it in a graph format, with the server's query time limit. Labels, classes and the facts'
 * provenance come from the store where the result lacks them; {@code lang} picks the language.
 * Not mapped to a path of its own: the filter calls it.
 */
final class GraphConstructServlet extends ResourceServlet {
    private final Supplier<StoreGraphs> graphs;

    GraphConstructServlet(Site site, Supplier<StoreGraphs> graphs) {
        super(site);
        this.graphs = Objects.requireNonNull(graphs, "graphs");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Query query = (Query) req.getAttribute(GraphConstructFilter.QUERY);
        GraphFormat format = (GraphFormat) req.getAttribute(GraphConstructFilter.FORMAT);
        if (query == null || format == null)
            throw HttpError.notFound("no query to answer");
        for (String p : new String[] {"default-graph-uri", "named-graph-uri"})
            if (GraphRequests.param(req, p) != null)
                throw HttpError.badRequest("parameter '" + p + "' is not supported when answering in " + format.mediaType());
        if (query.hasDatasetDescription())
            throw HttpError.badRequest("FROM and FROM NAMED are not supported when answering in " + format.mediaType());
        String lang = GraphRequests.lang(req);
        Graph result = run(query);
        PropertyGraph graph = GraphFormats.fromGraph(result, graphs.get().snapshot(), lang);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        GraphFormats.write(graph, format, body);
        resp.setContentType(GraphExportServlet.contentType(format));
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    private Graph run(Query query) {
        try (QueryExec exec = site.store().query(query)
                .timeout(site.config().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            return query.isConstructType() ? exec.construct() : exec.describe();
        } catch (QueryCancelledException e) {
            throw e;   // out of time, not the query's fault: the failure table's 503
        } catch (QueryBuildException | QueryExecException e) {
            throw HttpError.badRequest("the query cannot run: " + e.getMessage());
        }
    }
}
