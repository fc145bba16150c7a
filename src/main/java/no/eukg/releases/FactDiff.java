package no.eukg.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

import no.eukg.graph.Namespace;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;

/**
 * What changed between two releases, fact by fact. A fact is an {@code nkg:Fact} of the default
 * graph; it is the same fact in both when its IRI is, and changed when its named graph's
 * statements or its description (modality, sentences, years, as-of date: every statement about it
 * in the default graph) differ.
 */
public final class FactDiff {

    private FactDiff() { }

    /** The facts {@code newer} added, removed and changed against {@code older}, each kind in IRI order. */
    public static List<FactChange> between(DatasetGraph older, DatasetGraph newer, Namespace namespace) {
        Node factClass = NodeFactory.createURI(namespace.ontologyTerms() + "Fact");
        Map<String, List<String>> was = facts(older, factClass);
        Map<String, List<String>> is = facts(newer, factClass);
        List<FactChange> changes = new ArrayList<>();
        for (var e : is.entrySet())
            if (!was.containsKey(e.getKey()))
                changes.add(change(e.getKey(), FactChange.Kind.ADDED, newer, List.of(), e.getValue()));
        for (var e : was.entrySet())
            if (!is.containsKey(e.getKey()))
                changes.add(change(e.getKey(), FactChange.Kind.REMOVED, older, e.getValue(), List.of()));
        for (var e : is.entrySet())
            if (was.containsKey(e.getKey()) && !was.get(e.getKey()).equals(e.getValue()))
                changes.add(change(e.getKey(), FactChange.Kind.CHANGED, newer, was.get(e.getKey()), e.getValue()));
        return List.copyOf(changes);
    }

    /** Each fact's IRI to what is said of it: its graph's statements, then its description, each sorted. */
    private static Map<String, List<String>> facts(DatasetGraph dsg, Node factClass) {
        Map<String, List<String>> facts = new TreeMap<>();
        dsg.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), factClass).forEachRemaining(t -> {
            Node fact = t.getSubject();
            List<String> said = new ArrayList<>(lines(dsg.getGraph(fact).find().toList()));
            said.addAll(lines(dsg.getDefaultGraph().find(fact, Node.ANY, Node.ANY).toList()));
            facts.put(fact.getURI(), List.copyOf(said));
        });
        return facts;
    }

    private static List<String> lines(List<Triple> triples) {
        TreeSet<String> sorted = new TreeSet<>();
        for (Triple t : triples)
            sorted.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " .");
        return List.copyOf(sorted);
    }

    private static FactChange change(String iri, FactChange.Kind kind, DatasetGraph where, List<String> before, List<String> after) {
        Node fact = NodeFactory.createURI(iri);
        List<String> sentences = new ArrayList<>();
        where.getDefaultGraph().find(fact, Prov.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(t ->
                where.getDefaultGraph().find(t.getObject(), Nif.ANCHOR_OF, Node.ANY)
                        .forEachRemaining(a -> sentences.add(a.getObject().getLiteralLexicalForm())));
        return new FactChange(fact, kind, sentences, before, after);
    }
}
