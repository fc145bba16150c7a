package no.eukg.export.graph;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.graph.Namespace;

/**
 * Where a project's graph keeps what an export needs to tell apart, under its canonical namespace:
 * entities under {@code <namespace>id/}, the source text at {@code <namespace>id/source}, facts under
 * {@code <namespace>id/fact/}, and the ontology's fact terms.
 */
public final class GraphTerms {
    private final Namespace namespace;
    private final String entities;
    private final String source;
    private final String facts;
    private final String ontology;

    public GraphTerms(Namespace namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.entities = namespace.resources();
        this.source = namespace.source();
        this.facts = namespace.facts();
        this.ontology = namespace.ontologyTerms();
    }

    public Namespace namespace() { return namespace; }

    /** The ontology namespace, {@code <namespace>ontology#}. */
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

    private Node term(String local) {
        return NodeFactory.createURI(ontology + local);
    }
}
