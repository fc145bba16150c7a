package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import no.eukg.linked.Labels;
import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;
import no.eukg.web.linked.ResourceView.Quote;
import no.eukg.web.linked.Segments.Segment;

/**
 * Sentences of the source text quoted on a resource page, in the order of the text, the mentions
 * of the resource marked, each linked to its place in {@code /source}.
 */
final class SentenceQuotes {
    private final Links links;

    SentenceQuotes(Links links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /** Where the text mentions {@code entity}: each sentence once. */
    List<Quote> mentions(Graph g, Node entity) {
        Set<Node> sentences = new LinkedHashSet<>();
        g.find(Node.ANY, Itsrdf.TA_IDENT_REF, entity).forEachRemaining(t ->
                g.find(t.getSubject(), Nif.SENTENCE_PROPERTY, Node.ANY).forEachRemaining(s -> sentences.add(s.getObject())));
        return quotes(g, sentences, entity);
    }

    /** The given sentences in the order of the text, the mentions of {@code entity} marked. */
    List<Quote> quotes(Graph g, Collection<Node> sentences, Node entity) {
        return sentences.stream().sorted(Comparator.comparingLong(s -> begin(g, s))).map(s -> quote(g, s, entity)).toList();
    }

    private Quote quote(Graph g, Node sentence, Node entity) {
        String id = Labels.localName(sentence.getURI());
        String href = links.to("source") + "#" + id;
        Optional<String> text = literal(g, sentence, Nif.ANCHOR_OF);
        // A description may stop short of a sentence's text: then its name stands in for it.
        if (text.isEmpty())
            return new Quote(id, href, List.of(new Segment(id, false)));
        long offset = begin(g, sentence);
        List<long[]> spans = new ArrayList<>();
        g.find(Node.ANY, Nif.SENTENCE_PROPERTY, sentence).forEachRemaining(t -> {
            Node mention = t.getSubject();
            if (g.contains(mention, Itsrdf.TA_IDENT_REF, entity)) {
                long b = number(g, mention, Nif.BEGIN_INDEX) - offset;
                long e = number(g, mention, Nif.END_INDEX) - offset;
                if (b >= 0 && e > b)
                    spans.add(new long[] {b, e});
            }
        });
        return new Quote(id, href, Segments.split(text.get(), spans));
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    private static long begin(Graph g, Node s) { return number(g, s, Nif.BEGIN_INDEX); }

    /** An offset; a missing or unreadable one sorts last. */
    private static long number(Graph g, Node s, Node p) {
        return literal(g, s, p).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }).orElse(Long.MAX_VALUE);
    }
}
