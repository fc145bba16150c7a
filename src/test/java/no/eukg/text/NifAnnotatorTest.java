package no.eukg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;

class NifAnnotatorTest {

    private static final String CTX = "http://localhost:3030/id/source";
    private static final String NORWAY = "http://localhost:3030/id/norway";
    private static final String EU = "http://localhost:3030/id/eu";

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @Test
    void writesContextSentencesAndMentions() {
        String raw = "Norway's view. The EU agrees.";
        NifAnnotation nif = new NifAnnotator(CTX)
                .annotate(SourceText.of(raw, List.of()), Map.of(NORWAY, List.of("Norway"), EU, List.of("EU")));
        Graph g = nif.graph();
        Node ctx = iri(CTX);
        Node s1 = iri(CTX + "/s1");
        Node s2 = iri(CTX + "/s2");
        Node type = RDF.type.asNode();

        assertTrue(g.contains(ctx, type, Nif.CONTEXT));
        assertTrue(g.contains(ctx, type, Nif.OFFSET_BASED_STRING));
        assertTrue(g.contains(ctx, Nif.IS_STRING, str(raw)));
        assertTrue(g.contains(ctx, Nif.BEGIN_INDEX, index(0)));
        assertTrue(g.contains(ctx, Nif.END_INDEX, index(raw.length())));

        assertTrue(g.contains(s2, type, Nif.SENTENCE));
        assertTrue(g.contains(s2, type, Nif.OFFSET_BASED_STRING));
        assertTrue(g.contains(s2, Nif.ANCHOR_OF, str("The EU agrees.")));
        assertTrue(g.contains(s2, Nif.BEGIN_INDEX, index(15)));
        assertTrue(g.contains(s2, Nif.END_INDEX, index(29)));
        assertTrue(g.contains(s2, Nif.REFERENCE_CONTEXT, ctx));
        assertTrue(g.contains(s1, Nif.NEXT_SENTENCE, s2));
        assertTrue(g.contains(s2, Nif.PREVIOUS_SENTENCE, s1));
        assertFalse(g.contains(s2, Nif.NEXT_SENTENCE, Node.ANY));
        assertFalse(g.contains(s1, Nif.PREVIOUS_SENTENCE, Node.ANY));

        Node m = iri(CTX + "/s2/m1");
        assertTrue(g.contains(m, type, Nif.PHRASE));
        assertTrue(g.contains(m, type, Nif.OFFSET_BASED_STRING));
        assertTrue(g.contains(m, Nif.ANCHOR_OF, str("EU")));
        assertTrue(g.contains(m, Nif.BEGIN_INDEX, index(19)));
        assertTrue(g.contains(m, Nif.END_INDEX, index(21)));
        assertTrue(g.contains(m, Nif.REFERENCE_CONTEXT, ctx));
        assertTrue(g.contains(m, Nif.SENTENCE_PROPERTY, s2));
        assertTrue(g.contains(m, Itsrdf.TA_IDENT_REF, iri(EU)));
        assertTrue(g.contains(iri(CTX + "/s1/m1"), Nif.ANCHOR_OF, str("Norway's")));

        // 5 context triples, 6 per sentence plus one link each way, 8 per mention
        assertEquals(5 + 2 * 6 + 2 + 2 * 8, g.size());
        assertEquals(List.of(), nif.ambiguities());
    }

    @Test
    void iriScheme() {
        NifAnnotator annotator = new NifAnnotator(CTX);
        assertEquals(CTX + "/s7", annotator.sentenceIri(7));
        assertEquals(CTX + "/s7/m2", annotator.mentionIri(7, 2));
    }

    @Test
    void offsetsInTheGraphSelectTheAnchors() throws IOException {
        SourceText text = SourceFixtures.source();
        NifAnnotation nif = new NifAnnotator(CTX).annotate(text, Map.of(
                NORWAY, List.of("Norway"), EU, List.of("EU", "European Union", "the Union")));
        String query = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?s ?anchor ?b ?e WHERE {
                  ?s nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e .
                }""";
        int rows = 0;
        try (QueryExec exec = QueryExec.graph(nif.graph()).query(query).build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                var row = rs.next();
                int b = Integer.parseInt(row.get("b").getLiteralLexicalForm());
                int e = Integer.parseInt(row.get("e").getLiteralLexicalForm());
                assertEquals(text.text().substring(b, e), row.get("anchor").getLiteralLexicalForm(), row.toString());
                rows++;
            }
        }
        assertEquals(38 + nif.mentions().size(), rows);
    }

    @Test
    void realFileSentenceFifteenMentionsNorwayAndTheEu() throws IOException {
        SourceText text = SourceFixtures.source();
        NifAnnotation nif = new NifAnnotator(CTX).annotate(text, Map.of(
                NORWAY, Set.of("Norway"), EU, Set.of("EU", "European Union")));
        List<Mention> s15 = nif.mentions().stream().filter(m -> m.sentence() == 15).toList();
        assertEquals(List.of(
                new Mention(15, 1, 1524, 1530, "Norway", NORWAY),
                new Mention(15, 2, 1601, 1603, "EU", EU)), s15);
        Graph g = nif.graph();
        Node m1 = iri(CTX + "/s15/m1");
        assertTrue(g.contains(m1, Itsrdf.TA_IDENT_REF, iri(NORWAY)));
        assertTrue(g.contains(m1, Nif.BEGIN_INDEX, index(1524)));
        assertTrue(g.contains(m1, Nif.END_INDEX, index(1530)));
        assertTrue(g.contains(m1, Nif.SENTENCE_PROPERTY, iri(CTX + "/s15")));

        // s24: "The EU’s neighbouring regions are also Norway’s, ..."
        List<String> s24 = nif.mentions().stream().filter(m -> m.sentence() == 24).map(Mention::anchor).toList();
        assertEquals(List.of("EU’s", "Norway’s"), s24);
        // "European Union" in the photo credit (s2) is one mention, not "Union" or "EU".
        assertEquals(List.of(new Mention(2, 1, 202, 216, "European Union", EU)),
                nif.mentions().stream().filter(m -> m.sentence() == 2).toList());
        // The boilerplate copy of the caption is never searched.
        assertTrue(nif.mentions().stream().allMatch(m -> m.sentence() >= 1 && m.sentence() <= 38));
    }
}
