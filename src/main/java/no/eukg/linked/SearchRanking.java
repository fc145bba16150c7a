package no.eukg.linked;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;

/** How both label searches rank their hits, so that a remote store's search orders like the index's. */
final class SearchRanking {
    private SearchRanking() { }

    /** Lower case without diacritics, for comparing a label with the query. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.replace('ø', 'o').replace('Ø', 'o').replace('æ', 'a').replace('Æ', 'a')
                .toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /**
     * Ranks raw hits (resource, label, relevance): an exact label 3 tiers up, a label starting
     * with the query 2, a label with a word starting with it 1; then relevance, shorter labels,
     * and the IRI. Keeps each resource's best hit.
     */
    static List<SearchHit> rank(String query, List<SearchHit> raw, int limit) {
        String q = fold(query);
        Map<Node, SearchHit> best = new LinkedHashMap<>();
        for (SearchHit h : raw) {
            String label = fold(h.label().getLiteralLexicalForm());
            int tier = label.equals(q) ? 3 : label.startsWith(q) ? 2 : (" " + label).contains(" " + q) ? 1 : 0;
            SearchHit ranked = new SearchHit(h.resource(), h.label(), tier * 1000.0 + Math.min(h.score(), 999.0));
            SearchHit prev = best.get(h.resource());
            if (prev == null || better(ranked, prev))
                best.put(h.resource(), ranked);
        }
        List<SearchHit> list = new ArrayList<>(best.values());
        list.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : List.copyOf(list);
    }

    private static boolean better(SearchHit a, SearchHit b) {
        return ORDER.compare(a, b) < 0;
    }

    /** Higher score, then shorter label, then IRI. */
    private static final Comparator<SearchHit> ORDER = Comparator.comparingDouble((SearchHit h) -> -h.score())
            .thenComparingInt(h -> h.label().getLiteralLexicalForm().length())
            .thenComparing(h -> h.resource().toString());
}
