package no.eukg.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start: does the store hold the graph this project names? A store loaded under another
 * namespace (an old {@code --base}, another project) would be served as an empty graph, every
 * page a 404; a server refuses to start on it instead.
 */
public final class NamespaceCheck {
    private static final Logger LOG = LoggerFactory.getLogger(NamespaceCheck.class);
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private NamespaceCheck() { }

    /**
     * @throws StoreException when the store answers that it holds no resource under the namespace;
     *                        a store that does not answer is only logged (it may come back)
     */
    public static void require(Store store, Namespace namespace) {
        String query = "ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + namespace.resources() + "\")) }";
        boolean holds;
        try (QueryExec exec = store.query(QueryFactory.create(query)).timeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            holds = exec.ask();
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot check that it holds the graph of {} yet: {}", store.describe(), namespace, e.toString());
            return;
        }
        if (!holds)
            throw new StoreException(store.describe() + " holds no resource under " + namespace.resources()
                    + ": it was loaded with another namespace, or not at all. This project's namespace is " + namespace
                    + " (" + Namespace.FILE + "); load the store with this project's dump (export --format nq)");
    }
}
