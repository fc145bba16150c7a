package no.eukg.web.linked;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import no.eukg.export.Dumps;
import no.eukg.export.Prefixes;
import no.eukg.export.RdfOutput;
import no.eukg.graph.Namespace;
import no.eukg.graph.Store;
import no.eukg.linked.DatasetDescription;
import no.eukg.linked.DatasetStatistics;
import no.eukg.releases.Release;
import no.eukg.releases.Releases;
import no.eukg.linked.Describer;
import no.eukg.linked.LabelSearch;
import no.eukg.linked.OntologyDocument;
import no.eukg.linked.SourceDocument;

/**
 * Everything the linked-data pages compute from one version of the graph, and cache because that
 * version never changes: descriptions, counts, the dataset description, the dumps, the label
 * index, the source text and the ontology. One is kept per version ({@link no.eukg.web.Versioned}).
 */
record GraphServices(Describer describer, DatasetStatistics statistics, DatasetDescription dataset,
                     Dumps dumps, LabelSearch search, Supplier<Optional<SourceDocument>> source,
                     Supplier<OntologyDocument> ontology, Releases releases) {
    GraphServices {
        Objects.requireNonNull(describer, "describer");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dumps, "dumps");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(releases, "releases");
    }

    /** Builds the services for the graph as it is now (the label index at once, the statistics in the background, the rest on first use). */
    static GraphServices of(Store store, Namespace namespace, String base, Duration timeout, RdfOutput output, Prefixes prefixes,
                            List<Release> history) {
        DatasetStatistics statistics = new DatasetStatistics(store, namespace, timeout).start();
        Dumps dumps = new Dumps(store, output);
        Releases releases = new Releases(history, dumps::dataset, namespace);
        return new GraphServices(new Describer(store, timeout), statistics,
                new DatasetDescription(statistics, base, dumps::list, prefixes, history), dumps, LabelSearch.forStore(store, timeout),
                memo(() -> SourceDocument.read(store, namespace, timeout)),
                memo(() -> OntologyDocument.read(store, namespace, timeout)), releases);
    }

    /** A supplier computing once, on first use. */
    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null)
                    value = compute.get();
                return value;
            }
        };
    }
}
