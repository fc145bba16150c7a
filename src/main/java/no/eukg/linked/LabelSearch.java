package no.eukg.linked;

import java.time.Duration;
import java.util.List;

import no.eukg.graph.Store;

/**
 * Search over labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}) in every
 * language. A local store gets a jena-text Lucene index built at start ({@link LuceneLabelSearch});
 * a remote store, whose data this server does not hold, is searched with a SPARQL
 * {@code CONTAINS} query instead ({@link SparqlLabelSearch}). Both rank alike: an exact label
 * first, then labels that start with the query, then by relevance.
 */
public interface LabelSearch {
    /** The longest query accepted, in characters. */
    int MAX_QUERY = 200;

    /** The best hits for {@code query}, one per resource, best first. */
    List<SearchHit> search(String query, int limit);

    /**
     * The query as words to look for: a {@code *} ending a word, as users type "starts with"
     * ({@code batt*}), is dropped, since every word already matches as the start of a word (the
     * index) or anywhere in a label (SPARQL); any other {@code *} is a character searched for.
     */
    static String words(String query) {
        return query.replaceAll("\\*+(?=\\s|$)", "").trim();
    }

    /** The search for a store: an index for a local one, SPARQL for a remote one. */
    static LabelSearch forStore(Store store, Duration timeout) {
        return store.isRemote() ? new SparqlLabelSearch(store, timeout) : LuceneLabelSearch.build(store);
    }
}
