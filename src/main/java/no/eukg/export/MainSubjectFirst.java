package no.eukg.export;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A graph that lists one subject's triples before all others, so that a description's document
 * starts with what it describes: Jena's writers (Turtle, N-Triples, RDF/XML) write subjects in the
 * order a full {@code find} meets them, which in a hashed graph put the EU's own triples on line
 * 402 of its 458. Everything but that order is the wrapped graph's.
 */
public final class MainSubjectFirst extends WrappedGraph {
    private final Node main;

    private MainSubjectFirst(Graph graph, Node main) {
        super(graph);
        this.main = Objects.requireNonNull(main, "main");
    }

    /** {@code graph}, its triples about {@code main} first. */
    public static Graph of(Graph graph, Node main) {
        return new MainSubjectFirst(graph, main);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (s != null && s.isConcrete())
            return super.find(s, p, o);
        return super.find(main, p, o).andThen(super.find(s, p, o).filterDrop(t -> t.getSubject().equals(main)));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        return find(match.getMatchSubject(), match.getMatchPredicate(), match.getMatchObject());
    }
}
