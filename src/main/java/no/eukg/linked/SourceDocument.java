package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import no.eukg.graph.Namespace;
import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * The source text as the graph holds it in NIF: the whole string of the {@code nif:Context}, its
 * sentences and the entity mentions, each with offsets into the string (read from the graph, so
 * this works over a remote store too).
 *
 * @param context   the {@code nif:Context}
 * @param title     the page's title, if stated
 * @param page      the page's address, if stated
 * @param text      the whole text
 * @param sentences in order
 * @param mentions  in order
 */
public record SourceDocument(Node context, Optional<String> title, Optional<String> page, String text,
                             List<SentenceSpan> sentences, List<MentionSpan> mentions) {

    /** A sentence: its IRI, offsets and how many facts cite it. */
    public record SentenceSpan(Node iri, int begin, int end, long facts) { }

    /** A mention: its IRI, offsets, the entity and its English and Norwegian labels (may be null). */
    public record MentionSpan(Node iri, int begin, int end, Node entity, String labelEn, String labelNb) { }

    /** Reads the source text of a graph minted under {@code namespace}; empty when the graph has none. */
    public static Optional<SourceDocument> read(Store store, Namespace namespace, Duration timeout) {
        Node context = NodeFactory.createURI(namespace.source());
        String[] head = new String[3];
        select(store, timeout, "source-text.rq", context, row -> {
            head[0] = row.get("text").getLiteralLexicalForm();
            head[1] = row.contains("title") ? row.get("title").getLiteralLexicalForm() : null;
            head[2] = row.contains("page") && row.get("page").isURI() ? row.get("page").getURI() : null;
        });
        if (head[0] == null)
            return Optional.empty();
        int length = head[0].length();
        List<SentenceSpan> sentences = new ArrayList<>();
        select(store, timeout, "source-sentences.rq", context, row -> {
            int b = offset(row.get("begin"), length);
            int e = offset(row.get("end"), length);
            if (b >= 0 && e > b)
                sentences.add(new SentenceSpan(row.get("sentence"), b, e, DatasetStatistics.number(row.get("facts"))));
        });
        List<MentionSpan> mentions = new ArrayList<>();
        select(store, timeout, "source-mentions.rq", context, row -> {
            int b = offset(row.get("begin"), length);
            int e = offset(row.get("end"), length);
            if (b >= 0 && e > b)
                mentions.add(new MentionSpan(row.get("mention"), b, e, row.get("entity"),
                        lex(row.get("en")), lex(row.get("nb"))));
        });
        return Optional.of(new SourceDocument(context, Optional.ofNullable(head[1]), Optional.ofNullable(head[2]),
                head[0], List.copyOf(sentences), List.copyOf(mentions)));
    }

    private static void select(Store store, Duration timeout, String query, Node context, Consumer<Binding> row) {
        Query q = SparqlResource.load(SourceDocument.class, query);
        try (QueryExec exec = store.query(q).substitution("this", context)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row);
        }
    }

    private static int offset(Node n, int length) {
        long v = DatasetStatistics.number(n);
        return v < 0 || v > length ? -1 : (int) v;
    }

    private static String lex(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    public SourceDocument {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
    }
}
