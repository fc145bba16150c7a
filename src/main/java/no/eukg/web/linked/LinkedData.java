package no.eukg.web.linked;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import no.eukg.export.Dumps;
import no.eukg.export.Prefixes;
import no.eukg.linked.DatasetDescription;
import no.eukg.linked.DatasetStatistics;
import no.eukg.linked.Describer;
import no.eukg.linked.LabelSearch;
import no.eukg.linked.OntologyDocument;
import no.eukg.linked.SourceDocument;
import no.eukg.web.QueryLink;
import no.eukg.web.Site;

/** What the linked-data servlets share: the site, the addresses, and the services over the graph. */
record LinkedData(Site site, Links links, Conditional conditional, Prefixes prefixes, RdfResponses rdf,
                  Describer describer, DatasetStatistics statistics, DatasetDescription dataset, Dumps dumps,
                  LabelSearch search, Supplier<Optional<SourceDocument>> source, Supplier<OntologyDocument> ontology,
                  List<QueryLink> queries) {
    LinkedData {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(conditional, "conditional");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(rdf, "rdf");
        Objects.requireNonNull(describer, "describer");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dumps, "dumps");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ontology, "ontology");
        queries = List.copyOf(queries);
    }
}
