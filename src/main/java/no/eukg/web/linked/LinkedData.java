package no.eukg.web.linked;

import java.util.List;
import java.util.Objects;

import no.eukg.export.Prefixes;
import no.eukg.web.QueryLink;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * What the linked-data servlets share: the site, the addresses, the writers, and the services over
 * the current version of the graph ({@link #now()}).
 */
record LinkedData(Site site, Links links, Prefixes prefixes, RdfResponses rdf,
                  Versioned<GraphServices> services, List<QueryLink> queries) {
    LinkedData {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(rdf, "rdf");
        Objects.requireNonNull(services, "services");
        queries = List.copyOf(queries);
    }

    /** The services over the graph as it is now. */
    GraphServices now() { return services.get(); }
}
