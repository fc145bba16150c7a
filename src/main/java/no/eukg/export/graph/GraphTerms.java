package no.eukg.export.graph;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.graph.ProjectGraph;

/**
 * Where a project's graph keeps what an export needs to tell apart, under its public base:
 * entities under {@code <base>id/}, the source text at {@code <base>id/source}, facts under
 * {@code <base>id/fact/}, and the ontology's fact terms.
 */
public final class GraphTerms {
    private final String base;
    private final String entities;
    private final String source;
    private final String facts;
    private final String ontology;

    public GraphTerms(String base) {
        this.base = Objects.requireNonNull(base, "base");
        this.entities = base + "id/";
        this.source = ProjectGraph.sourceIri(base);
        this.facts = base + "id/fact/";
        this.ontology = ProjectGraph.ontologyNs(base);
    }

    public String base() { return base; }

    /** The ontology namespace, {@code <base>ontology#}. */
    public String ontologyNs() { return ontology; }

    /** {@code nkg:Fact}, the class of fact descriptions. */
    public Node factClass() { return term("Fact"); }

    /** {@code nkg:modality}: done, planned, sought... */
    public Node modality() { return term("modality"); }

    /** {@code nkg:year}, on a fact description. */
    public Node year() { return term("year"); }

    /** True for an IRI minted for an entity: under {@code id/}, but not the source text or a fact. */
    public boolean isEntityIri(String iri) {
        return iri.startsWith(entities)
                && !iri.equals(source) && !iri.startsWith(source + "/")
                && !iri.startsWith(facts);
    }

    /** True for the source text's context, sentences and mentions. */
    public boolean isSourceIri(String iri) {
        return iri.equals(source) || iri.startsWith(source + "/");
    }

    private Node term(String local) {
        return NodeFactory.createURI(ontology + local);
    }
}
