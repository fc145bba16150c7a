package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.FmtUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * Label search for a remote store, in three parts, ranked together as the local index's hits are:
 * <ul>
 * <li>the exact label, asked as terms ({@code VALUES ?label {"Norway"@en …}}), which every store
 *     answers from its indexes and no {@code LIMIT} can cut off;
 * <li>words, from the store's own text index where it has one (Virtuoso's {@code bif:contains},
 *     found by asking it for a word it holds), for words of four letters or more;
 * <li>else the portable scan: a SPARQL {@code CONTAINS} over the labels, which any SPARQL 1.1
 *     store answers, slowly on a large graph.
 * </ul>
 */
public final class SparqlLabelSearch implements LabelSearch {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlLabelSearch.class);
    private static final Query SCAN = SparqlResource.load(SparqlLabelSearch.class, "search-labels.rq");
    private static final Query INDEXED = SparqlResource.load(SparqlLabelSearch.class, "search-labels-indexed.rq");
    private static final String LABELS = "VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label> "
            + "<http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2004/02/skos/core#altLabel> }";
    /** Virtuoso matches a word's start ({@code "batt*"}) only from four letters. */
    private static final Pattern INDEX_WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

    private final Store store;
    private final Duration timeout;
    private volatile Boolean textIndex;

    public SparqlLabelSearch(Store store, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public List<SearchHit> search(String typed, int limit) {
        String query = LabelSearch.words(typed);
        if (query.isEmpty())
            return List.of();
        List<SearchHit> raw = new ArrayList<>();
        collect(QueryFactory.create("SELECT ?s ?p ?label WHERE { " + LABELS + " VALUES ?label { " + exactTerms(query)
                + " } ?s ?p ?label }"), raw);
        Optional<String> words = indexWords(query);
        if (words.isPresent() && hasTextIndex())
            collect(store.query(INDEXED).substitution("expr", NodeFactory.createLiteralString(words.get())), raw);
        else
            collect(store.query(SCAN).substitution("q", NodeFactory.createLiteralString(query.toLowerCase(Locale.ROOT))), raw);
        return SearchRanking.rank(query, raw, limit);
    }

    private void collect(Query query, List<SearchHit> into) {
        collect(store.query(query), into);
    }

    private void collect(QueryExecBuilder builder, List<SearchHit> into) {
        try (QueryExec exec = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row -> {
                if (row.get("s").isURI() && row.get("label").isLiteral())
                    into.add(new SearchHit(row.get("s"), row.get("label"), 1.0));
            });
        }
    }

    /** The query as a label would be written, as typed, in lower case and capitalised; plain, English and Bokmål. */
    static String exactTerms(String query) {
        Set<String> forms = new LinkedHashSet<>(List.of(query, query.toLowerCase(Locale.ROOT),
                query.substring(0, 1).toUpperCase(Locale.ROOT) + query.substring(1)));
        StringBuilder terms = new StringBuilder();
        for (String form : forms)
            for (Node term : List.of(NodeFactory.createLiteralString(form), NodeFactory.createLiteralLang(form, "en"),
                    NodeFactory.createLiteralLang(form, "nb")))
                terms.append(FmtUtils.stringForNode(term)).append(' ');
        return terms.toString();
    }

    /** Virtuoso's text query for the words ({@code "word*" AND …}), or empty if one is too short for it. */
    static Optional<String> indexWords(String query) {
        List<String> words = new ArrayList<>();
        for (String word : query.trim().split("\\s+")) {
            Matcher m = INDEX_WORD.matcher(word);
            if (!m.matches())
                return Optional.empty();
            words.add("\"" + word + "*\"");
        }
        return Optional.of(String.join(" AND ", words));
    }

    /** True when words are looked up in the store's own text index rather than by a scan (asks the store once). */
    public boolean usesTextIndex() { return hasTextIndex(); }

    /**
     * Whether the store has Virtuoso's text index over its literals: asked once, with the first
     * long word of a label it holds. A store without {@code bif:contains} refuses the query
     * (a 4xx), and one without the index finds nothing; both mean the portable scan. A store that
     * cannot be reached is asked again next time.
     */
    private boolean hasTextIndex() {
        Boolean known = textIndex;
        if (known != null)
            return known;
        boolean found;
        try {
            Optional<String> word = aWord();
            found = word.isPresent() && ask("PREFIX bif: <bif:> ASK { ?s ?p ?label . ?label bif:contains "
                    + FmtUtils.stringForNode(NodeFactory.createLiteralString("\"" + word.get() + "\"")) + " }");
        } catch (HttpException e) {
            if (e.getStatusCode() < 400 || e.getStatusCode() >= 500)
                throw e;
            found = false;
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            if (e.getStatusCode() < 400 || e.getStatusCode() >= 500)
                throw e;
            found = false;
        }
        LOG.info("{}: label search {}", store.describe(), found ? "uses the store's text index (bif:contains)" : "scans the labels (CONTAINS)");
        textIndex = found;
        return found;
    }

    private Optional<String> aWord() {
        try (QueryExec exec = store.query(QueryFactory.create("SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label "
                + "FILTER(isLiteral(?label) && REGEX(STR(?label), \"[a-zA-Z]{5}\")) } LIMIT 1"))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            var rows = exec.select();
            if (!rows.hasNext())
                return Optional.empty();
            Matcher m = Pattern.compile("[a-zA-Z]{5,}").matcher(rows.next().get("label").getLiteralLexicalForm());
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
    }

    private boolean ask(String query) {
        try (QueryExec exec = store.query(QueryFactory.create(query)).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return exec.ask();
        }
    }
}
