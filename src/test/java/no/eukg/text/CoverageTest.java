package no.eukg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import no.eukg.vocab.Prov;

class CoverageTest {

    private static final String BASE = "http://localhost:3030/";
    private static final String NS = BASE + "ontology#";
    private static final String CTX = BASE + "id/source";
    private static final String NORWAY = BASE + "id/norway";
    private static final String EU = BASE + "id/eu";
    private static final String TEXT = "Norway cooperates with the EU. Migration matters.";

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A dataset holding the NIF of {@link #TEXT}, in the default graph or in a named graph. */
    private static DatasetGraph withNif(Node nifGraph) {
        Graph nif = new NifAnnotator(CTX).annotate(SourceText.of(TEXT, List.of()),
                Map.of(NORWAY, List.of("Norway"), EU, List.of("EU"))).graph();
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ds, () -> nif.find().forEachRemaining(t -> ds.add(new Quad(nifGraph, t))));
        return ds;
    }

    /** Adds a fact graph as the loader does: typed and cited in the default graph, triples copied there. */
    private static void addFact(DatasetGraph ds, String fact, String cites, String s, String p, String o) {
        Node g = iri(fact);
        Txn.executeWrite(ds, () -> {
            ds.getDefaultGraph().add(g, RDF.type.asNode(), iri(NS + "Fact"));
            if (cites != null) {
                ds.getDefaultGraph().add(g, Prov.WAS_DERIVED_FROM, iri(cites));
            }
            if (s != null) {
                ds.add(g, iri(s), iri(p), iri(o));
                ds.getDefaultGraph().add(iri(s), iri(p), iri(o));
            }
        });
    }

    private static DatasetGraph cleanDataset(Node nifGraph) {
        DatasetGraph ds = withNif(nifGraph);
        addFact(ds, BASE + "id/fact/1", CTX + "/s1", NORWAY, NS + "cooperatesWith", EU);
        addFact(ds, BASE + "id/fact/2", CTX + "/s2", BASE + "id/migration", NS + "concerns", BASE + "id/europe");
        return ds;
    }

    @Test
    void cleanDatasetHasNoFindings() {
        CoverageReport report = Coverage.check(cleanDataset(Quad.defaultGraphIRI), NS);
        assertTrue(report.isClean(), report.messages().toString());
    }

    @Test
    void nifMayLiveInANamedGraph() {
        CoverageReport report = new Coverage(NS).check(cleanDataset(iri(CTX)));
        assertTrue(report.isClean(), report.messages().toString());
    }

    @Test
    void worksInsideTheCallersTransaction() {
        DatasetGraph ds = cleanDataset(Quad.defaultGraphIRI);
        assertTrue(Txn.calculateRead(ds, () -> Coverage.check(ds, NS)).isClean());
    }

    @Test
    void reportsSentencesNoFactCites() {
        DatasetGraph ds = withNif(Quad.defaultGraphIRI);
        addFact(ds, BASE + "id/fact/1", CTX + "/s1", NORWAY, NS + "cooperatesWith", EU);
        CoverageReport report = Coverage.check(ds, NS);
        assertEquals(List.of(new CoverageReport.SentenceWithoutFact(CTX + "/s2", "Migration matters.")),
                report.sentencesWithoutFact());
        assertEquals("Sentence <" + CTX + "/s2> is cited by no fact: \"Migration matters.\"",
                report.sentencesWithoutFact().get(0).message());
        assertEquals(List.of(), report.factsWithoutSentence());
        assertEquals(List.of(), report.mentionsWithoutFact());
    }

    @Test
    void reportsFactsWithoutAValidCitation() {
        DatasetGraph ds = cleanDataset(Quad.defaultGraphIRI);
        addFact(ds, BASE + "id/fact/3", null, NORWAY, NS + "memberOf", BASE + "id/nato");
        addFact(ds, BASE + "id/fact/4", CTX + "/s99", NORWAY, NS + "memberOf", BASE + "id/efta");
        // Untyped, uncited, but recognised by its IRI.
        Txn.executeWrite(ds, () -> ds.add(iri(BASE + "id/fact/5"), iri(NORWAY), iri(NS + "p"), iri(EU)));
        CoverageReport report = Coverage.check(ds, NS);
        assertEquals(List.of(
                        new CoverageReport.FactWithoutSentence(BASE + "id/fact/3", List.of()),
                        new CoverageReport.FactWithoutSentence(BASE + "id/fact/4", List.of(CTX + "/s99")),
                        new CoverageReport.FactWithoutSentence(BASE + "id/fact/5", List.of())),
                report.factsWithoutSentence());
        assertEquals("Fact <" + BASE + "id/fact/3> has no prov:wasDerivedFrom",
                report.factsWithoutSentence().get(0).message());
        assertEquals("Fact <" + BASE + "id/fact/4> cites <" + CTX + "/s99>, not a nif:Sentence in the dataset",
                report.factsWithoutSentence().get(1).message());
        assertEquals(List.of(), report.sentencesWithoutFact());
        assertEquals(List.of(), report.mentionsWithoutFact());
    }

    @Test
    void reportsMentionsNoCitingFactAccountsFor() {
        DatasetGraph ds = withNif(Quad.defaultGraphIRI);
        // Cites s1 and is about Norway, but not the EU; the EU appears only in the default-graph copy
        // of another fact, which must not count.
        addFact(ds, BASE + "id/fact/1", CTX + "/s1", NORWAY, NS + "cooperatesWith", BASE + "id/nato");
        addFact(ds, BASE + "id/fact/2", CTX + "/s2", BASE + "id/migration", NS + "concerns", EU);
        CoverageReport report = Coverage.check(ds, NS);
        assertEquals(List.of(new CoverageReport.MentionWithoutFact(
                        CTX + "/s1", EU, "Norway cooperates with the EU.", List.of("EU"))),
                report.mentionsWithoutFact());
        String message = report.mentionsWithoutFact().get(0).message();
        assertTrue(message.contains("<" + CTX + "/s1>") && message.contains("<" + EU + ">")
                && message.contains("Norway cooperates with the EU."), message);
        assertEquals(List.of(), report.sentencesWithoutFact());
        assertEquals(List.of(), report.factsWithoutSentence());
    }

    @Test
    void entityAsSubjectCountsToo() {
        DatasetGraph ds = withNif(Quad.defaultGraphIRI);
        addFact(ds, BASE + "id/fact/1", CTX + "/s1", NORWAY, NS + "p", BASE + "id/x");
        addFact(ds, BASE + "id/fact/2", CTX + "/s1", EU, NS + "p", BASE + "id/y");
        addFact(ds, BASE + "id/fact/3", CTX + "/s2", BASE + "id/migration", NS + "p", BASE + "id/z");
        assertTrue(Coverage.check(ds, NS).isClean());
    }
}
