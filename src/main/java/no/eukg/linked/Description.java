package no.eukg.linked;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * What the publisher says about one resource: its outgoing triples, its incoming links (the
 * first ones, with the total), where the source text mentions it, the labels of everything it
 * points to, and the provenance of the facts it takes part in.
 *
 * @param resource      the resource described
 * @param graph         every triple of the description (what the triple syntaxes carry)
 * @param quads         the same resource's triples in the facts' named graphs, and a fact's own
 *                      graph when the resource is a fact (what TriG and N-Quads add)
 * @param incoming      how many incoming links there are (mentions not counted)
 * @param incomingShown how many of them the description holds
 * @param mentions      how many times the source text mentions the resource
 * @param facts         how many facts the resource takes part in (in a fact's named graph)
 * @param factsShown    how many of them the description holds, with their provenance
 */
public record Description(Node resource, Graph graph, List<Quad> quads, long incoming, int incomingShown, long mentions,
                          long facts, int factsShown) {
    public Description {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(graph, "graph");
        quads = List.copyOf(quads);
    }

    /** True when the graph knows anything about the resource. */
    public boolean exists() {
        return graph.contains(resource, Node.ANY, Node.ANY) || incoming > 0 || mentions > 0 || !quads.isEmpty();
    }

    /** True when some incoming links were left out. */
    public boolean incomingTruncated() { return incomingShown < incoming; }

    /** True when the provenance of some facts was left out. */
    public boolean factsTruncated() { return factsShown < facts; }

    /** True when the description leaves out incoming links or facts, which "all" ({@code ?incoming=all}) holds. */
    public boolean truncated() { return incomingTruncated() || factsTruncated(); }

    /** The description as a dataset: {@link #graph()} as the default graph, {@link #quads()} in their named graphs. */
    public DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.create(graph);
        quads.forEach(dsg::add);
        return dsg;
    }
}
