package no.eukg.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import no.eukg.web.update.UpdateModule;

import no.eukg.web.sparql.SparqlEndpoint;

/**
 * Runs each request of our own path families inside a read transaction on a local dataset: TDB2
 * refuses to be read outside one, and our servlets query the store directly. Requests that go
 * on to Fuseki's query or update operations are left alone, since Fuseki begins its own
 * transaction and TDB2 transactions do not nest.
 */
final class ReadTransactionFilter implements Filter {
    private final DatasetGraph dataset;

    ReadTransactionFilter(DatasetGraph dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (reachesFuseki(http) || dataset.isInTransaction()) {
            chain.doFilter(req, res);
            return;
        }
        IOException[] io = new IOException[1];
        ServletException[] servlet = new ServletException[1];
        Txn.executeRead(dataset, () -> {
            try {
                chain.doFilter(req, res);
            } catch (IOException e) {
                io[0] = e;
            } catch (ServletException e) {
                servlet[0] = e;
            }
        });
        if (io[0] != null) throw io[0];
        if (servlet[0] != null) throw servlet[0];
    }

    private static boolean reachesFuseki(HttpServletRequest http) {
        String path = http.getRequestURI();
        if (path.startsWith(UpdateModule.PATH))
            return true;
        if (!path.equals(SparqlEndpoint.PATH))
            return false;
        boolean read = http.getMethod().equals("GET") || http.getMethod().equals("HEAD");
        // A bare GET is the service description, answered by our filter.
        return !(read && http.getQueryString() == null);
    }
}
