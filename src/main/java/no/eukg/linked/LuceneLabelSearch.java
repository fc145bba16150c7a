package no.eukg.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.queryparser.classic.QueryParserBase;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Store;

/**
 * Label search on a jena-text Lucene index held in memory, filled from the local dataset's default
 * graph when the server starts. Labels are indexed per language, folded to lower case without
 * diacritics, so {@code tromso} finds {@code Tromsø}.
 *
 * <p>The same index answers SPARQL's {@code text:query} at {@code /sparql}: {@link #withTextIndex}
 * gives the store a jena-text dataset over it, so there is one index for {@code /search} and
 * SPARQL, and an update (with {@code --update}) reaches both at once.
 */
public final class LuceneLabelSearch implements LabelSearch {
    private static final String URI_FIELD = "uri";
    private static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());
    private static final List<String> FIELDS = List.of("label", "prefLabel", "altLabel");
    private static final EntityDefinition ENTITY = entity();

    private final TextIndexLucene index;
    private final List<org.apache.jena.rdf.model.Resource> properties;

    private LuceneLabelSearch(TextIndexLucene index) {
        this.index = Objects.requireNonNull(index, "index");
        this.properties = PREDICATES.stream().map(p -> (org.apache.jena.rdf.model.Resource) org.apache.jena.rdf.model.ResourceFactory.createProperty(p.getURI())).toList();
    }

    /**
     * The search over a local store's labels: the store's own index when {@link #withTextIndex}
     * gave it one, else an index built now from its default graph.
     */
    public static LuceneLabelSearch build(Store store) {
        if (store.isRemote())
            throw new IllegalArgumentException("a remote store has no local data to index: use SparqlLabelSearch");
        if (store.dataset().getContext().get(TextQuery.textIndex) instanceof TextIndexLucene attached)
            return new LuceneLabelSearch(attached);
        return new LuceneLabelSearch(filled(store.dataset()));
    }

    /**
     * A local store whose dataset carries the label index, for {@code text:query} in SPARQL as
     * jena-text does it: {@code ?s text:query "norway"} finds the resources with a matching
     * {@code rdfs:label}, {@code ?s text:query (skos:prefLabel "norway")} searches another label property. Writes through the store's
     * {@link LocalStore#writable() writable} dataset keep the index current. A remote store is
     * returned as it is: {@code text:query} there is the remote's business.
     *
     * @param inBackground fill the index on a thread of its own while the server starts and
     *                     answers (a search before it is full waits for it); for a read-only
     *                     graph. With updates on it is filled first, so that an update's change to
     *                     a label cannot be overtaken by the filling of the old one.
     */
    public static Store withTextIndex(Store store, boolean inBackground) {
        if (!(store instanceof LocalStore local))
            return store;
        LabelIndex index = LabelIndex.create(ENTITY, PREDICATES);
        if (inBackground)
            index.fillInBackground(local.dataset());
        else
            index.fill(local.dataset());
        DatasetGraph indexed = TextDatasetFactory.create(local.writable(), index, true, new DefaultGraphLabels(index));
        return new LocalStore(indexed, local.describe(), local::close);
    }

    private static EntityDefinition entity() {
        EntityDefinition def = new EntityDefinition(URI_FIELD, FIELDS.get(0), PREDICATES.get(0));
        for (int i = 1; i < PREDICATES.size(); i++)
            def.set(FIELDS.get(i), PREDICATES.get(i));
        def.setLangField("lang");
        // One document per label; the id lets an update's delete find the label's document.
        def.setUidField("uid");
        return def;
    }

    /** A new index of the labels in a dataset's default graph, filled now. */
    private static TextIndexLucene filled(DatasetGraph dsg) {
        LabelIndex index = LabelIndex.create(ENTITY, PREDICATES);
        index.fill(dsg);
        return index;
    }

    @Override
    public List<SearchHit> search(String typed, int limit) {
        String query = LabelSearch.words(typed);
        String lucene = luceneQuery(query);
        if (lucene.isEmpty())
            return List.of();
        List<TextHit> hits = index.query(properties, lucene, null, null, Math.max(limit * 10, 100), null);
        List<SearchHit> raw = new ArrayList<>();
        for (TextHit h : hits)
            if (h.getLiteral() != null)
                raw.add(new SearchHit(h.getNode(), h.getLiteral(), h.getScore()));
        return SearchRanking.rank(query, raw, limit);
    }

    /**
     * Each word of the query, escaped (so a quote or a colon is a character, not syntax), as an
     * exact term or a prefix; all words must match.
     */
    static String luceneQuery(String query) {
        List<String> clauses = new ArrayList<>();
        for (String word : query.trim().split("\\s+")) {
            if (word.isBlank())
                continue;
            String w = QueryParserBase.escape(word.toLowerCase(java.util.Locale.ROOT));
            clauses.add("+(" + w + "^2 " + w + "*)");
        }
        return String.join(" ", clauses);
    }

    /**
     * Indexes the labels an update adds to or deletes from the default graph, as the index was
     * filled: a label said only in a fact's named graph is not the resource's label.
     */
    private static final class DefaultGraphLabels implements TextDocProducer {
        private final TextDocProducerTriples triples;

        DefaultGraphLabels(TextIndexLucene index) {
            this.triples = new TextDocProducerTriples(index);
        }

        @Override public void start() { triples.start(); }
        @Override public void finish() { triples.finish(); }
        @Override public void reset() { triples.reset(); }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (g == null || Quad.isDefaultGraph(g))
                triples.change(action, g, s, p, o);
        }
    }

    /** Standard tokens, lower case, ASCII-folded (keeping the original token too). */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result, true);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
        }
    }
}
