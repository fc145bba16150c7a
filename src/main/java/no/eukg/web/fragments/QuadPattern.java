package no.eukg.web.fragments;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * What one fragment selects: a subject, predicate and object, each a term or, when null, a
 * variable; and the graphs it looks in.
 *
 * @param subject   an IRI, or null for any
 * @param predicate an IRI, or null for any
 * @param object    an IRI or a literal, or null for any
 * @param scope     which graphs
 * @param graph     the named graph when {@code scope} is {@link Scope#NAMED}, else null
 */
record QuadPattern(Node subject, Node predicate, Node object, Scope scope, Node graph) {
    /** The graphs a pattern is matched in. */
    enum Scope {
        /** The default graph: the graph's truthful triples (the TPF dataset). */
        DEFAULT,
        /** One named graph: a fact's full statement. */
        NAMED,
        /** Every graph, the default one and each named one (the QPF reading of a graph left open). */
        ANY
    }

    QuadPattern {
        Objects.requireNonNull(scope, "scope");
        if ((scope == Scope.NAMED) != (graph != null))
            throw new IllegalArgumentException("a named graph is given exactly when the scope is NAMED");
    }

    /** The same pattern over other graphs: how a triple syntax reads a pattern whose graph is left open. */
    QuadPattern in(Scope other) {
        return other == scope ? this : new QuadPattern(subject, predicate, object, other, null);
    }
}
