package no.eukg.web.sparql;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

import no.eukg.web.ErrorWriter;
import no.eukg.web.QueryLink;
import no.eukg.web.Site;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol query endpoint, read-only, and everything that
 * answers there, added in one place in the order a request meets it. Before these come the
 * filters every path has ({@code ServerFactory}: CORS, request log, security headers, request
 * shape, the client evaluations are charged to, and the read transaction of a local store); then, here:
 *
 * <ol>
 *   <li>what the read-only endpoint does not take, turned away with a 4xx before it costs anything
 *       ({@link ProtocolFilter}: updates, Graph Store writes, an unreadable {@code timeout});</li>
 *   <li>a browser's request for the endpoint or a query: the SPARQL editor (YASGUI), which
 *       evaluates nothing itself ({@link QueryEditorFilter});</li>
 *   <li>the query gate: every request that reaches {@code /sparql} evaluates, so it takes a slot
 *       or is answered 503 with {@code Retry-After};</li>
 *   <li>the service description, for a request without a query that names no graph;</li>
 *   <li>the answers other features give at {@code /sparql}, in the order given (the graph
 *       formats: a CONSTRUCT asked for as GraphML, GEXF or DOT);</li>
 *   <li>Fuseki's dispatch: a query to our processor (result limits, timeouts, retries against a
 *       remote store, and the failure table's statuses); {@code ?default} and {@code ?graph=} to
 *       Fuseki's read-only Graph Store Protocol, over a local store.</li>
 * </ol>
 */
public final class SparqlEndpoint {
    /** The dataset is published at the endpoint's path itself: {@code /sparql?query=...}. */
    public static final String PATH = "/sparql";

    private SparqlEndpoint() { }

    /**
     * Adds the endpoint to a server being built.
     *
     * @param examples the canned queries, offered as examples in the browser's editor
     * @param answers filters of other features that answer some requests to {@code /sparql} themselves
     */
    public static void install(FusekiServer.Builder builder, Site site, List<QueryLink> examples, List<Filter> answers) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(site, "site");
        DatasetGraph dsg = site.store().dataset();
        Context cxt = dsg.getContext();
        cxt.set(ARQ.queryTimeout, Long.toString(site.config().timeout().toMillis()));
        // SERVICE would let anyone make this server call arbitrary URLs (SSRF); a publisher of one
        // graph has no need for federation.
        cxt.set(ARQ.httpServiceAllowed, false);

        // Only reading operations: updates and Graph Store writes have no endpoint, so they can
        // never change the data (ProtocolFilter says so first). Graph Store reads are what a
        // Fuseki user finds at a dataset's URL (GET ?default, ?graph=); over a remote store this
        // server holds no graph to read, and ProtocolFilter says that too.
        DataService.Builder operations = DataService.newBuilder(dsg).addEndpoint(Operation.Query, "");
        if (!site.store().isRemote())
            operations.addEndpoint(Operation.GSP_R, "");
        ErrorWriter errors = new ErrorWriter(site.templates());
        ServiceDescription description = new ServiceDescription(site.config(), site.namespace(), site.store());
        builder.add(PATH, operations.build())
                .addFilter(PATH, new ProtocolFilter(errors, site.config().update().isPresent(), site.store().isRemote()))
                .addFilter(PATH, new QueryEditorFilter(site, examples, description))
                .addFilter(PATH, site.gate().filter(errors))
                .addFilter(PATH, new ServiceDescriptionFilter(description));
        for (Filter answer : List.copyOf(answers))
            builder.addFilter(PATH, answer);
        // With the content type: registering without one would drop Fuseki's mapping of a POSTed
        // application/sparql-query to the query operation, which dispatch between two operations needs.
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new PublisherQueryProcessor(site.store(), site.config()));
    }
}
