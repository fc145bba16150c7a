package no.eukg.graph;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.PathBlock;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;

/**
 * How a store holds the dataset, and the query that asks it for what the publisher means.
 *
 * <p>The published dataset is a truthful default graph and one named graph per fact. A store whose
 * default graph is its own (Fuseki, TDB2) holds it as it is: {@link #asIs()}. A store whose default
 * graph is the union of all its graphs (Virtuoso, GraphDB, Neptune, QLever) cannot: there the
 * default graph would also hold every planned and sought fact and the store's own system graphs,
 * and {@code GRAPH ?g} would see those. Such a store is loaded with the default graph's triples in
 * the named graph {@link Namespace#defaultGraph()}, and {@link #defaultGraphNamed} rewrites every
 * query so that
 * <ul>
 * <li>a pattern of the default graph is asked of that graph ({@code GRAPH <…/graph/default> {…}}),
 * <li>a {@code GRAPH ?g} ranges over the facts only: {@code ?g a nkg:Fact} in that graph, as the
 *     ontology defines them.
 * </ul>
 * Only SPARQL 1.1 syntax is used, so this works on any store; a query that names its own dataset
 * ({@code FROM}, {@code FROM NAMED}) is sent as written.
 */
public final class StoreLayout {
    /** Marks the patterns of the default graph while the transform is on its way up the tree. */
    private static final Node IN_DEFAULT = NodeFactory.createURI("urn:x-eukg:in-default-graph");
    private static final StoreLayout AS_IS = new StoreLayout(null, null);

    private final Node defaultGraph;
    private final Node factClass;

    private StoreLayout(Node defaultGraph, Node factClass) {
        this.defaultGraph = defaultGraph;
        this.factClass = factClass;
    }

    /** The store's own default graph is the dataset's: queries go as written. */
    public static StoreLayout asIs() { return AS_IS; }

    /** The store's default graph is a union; the dataset's default graph is a named graph of it. */
    public static StoreLayout defaultGraphNamed(Namespace namespace) {
        Objects.requireNonNull(namespace, "namespace");
        return new StoreLayout(NodeFactory.createURI(namespace.defaultGraph()),
                NodeFactory.createURI(namespace.ontologyTerms() + "Fact"));
    }

    /** True when queries are rewritten for a union-default store. */
    public boolean rewrites() { return defaultGraph != null; }

    /** The query that asks the store for what {@code query} asks of the published dataset. */
    public Query rewrite(Query query) {
        if (defaultGraph == null || query.hasDatasetDescription())
            return query;
        Query marked = QueryTransformOps.transform(query, new MarkDefaultPatterns());
        return QueryTransformOps.transform(marked, new NameMarkedGraph());
    }

    @Override public String toString() {
        return defaultGraph == null ? "as is" : "default graph in <" + defaultGraph.getURI() + ">";
    }

    /**
     * Bottom up: every basic pattern is first wrapped as one of the default graph; a {@code GRAPH}
     * then takes back the patterns in its scope (the marks still below it) and, for a variable,
     * is joined with that variable being a fact.
     */
    private final class MarkDefaultPatterns extends ElementTransformCopyBase {
        @Override public Element transform(ElementTriplesBlock el) {
            return el.isEmpty() ? el : inGraph(IN_DEFAULT, el);
        }

        @Override public Element transform(ElementPathBlock el) {
            return el.isEmpty() ? el : inGraph(IN_DEFAULT, el);
        }

        @Override public Element transform(ElementNamedGraph el, Node graph, Element sub) {
            Element own = apply(sub, new Unmark());
            if (!graph.isVariable())
                return new ElementNamedGraph(graph, own);
            PathBlock isFact = new PathBlock();
            isFact.add(new TriplePath(Triple.create(graph, RDF.type.asNode(), factClass)));
            ElementGroup joined = new ElementGroup();
            joined.addElement(inGraph(defaultGraph, new ElementPathBlock(isFact)));
            joined.addElement(new ElementNamedGraph(graph, own));
            return joined;
        }
    }

    /** Takes the default-graph mark off the patterns below a {@code GRAPH}. */
    private static final class Unmark extends ElementTransformCopyBase {
        @Override public Element transform(ElementNamedGraph el, Node graph, Element sub) {
            return IN_DEFAULT.equals(graph) ? sub : super.transform(el, graph, sub);
        }
    }

    /** Names the marked patterns' graph. */
    private final class NameMarkedGraph extends ElementTransformCopyBase {
        @Override public Element transform(ElementNamedGraph el, Node graph, Element sub) {
            return IN_DEFAULT.equals(graph) ? new ElementNamedGraph(defaultGraph, sub) : super.transform(el, graph, sub);
        }
    }

    private static Element inGraph(Node graph, Element block) {
        ElementGroup group = new ElementGroup();
        group.addElement(block);
        return new ElementNamedGraph(graph, group);
    }

    private static Element apply(Element element, ElementTransform transform) {
        return ElementTransformer.transform(element, transform, new ExprTransformApplyElementTransform(transform));
    }
}
