package no.eukg.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import no.eukg.graph.Namespace;

/** What changed between two releases, fact by fact: an added, a removed and a changed fact, and one left alone. */
class FactDiffTest {
    private static final Namespace NS = new Namespace("https://example.org/kg/");
    private static final String PREFIXES = """
            PREFIX : <https://example.org/kg/id/>
            PREFIX f: <https://example.org/kg/id/fact/>
            PREFIX nkg: <https://example.org/kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            :s1 nif:anchorOf "Norway cooperates with the EU." .
            :s2 nif:anchorOf "Norway will join." .
            """;

    private static DatasetGraph trig(String body) {
        return RDFParser.fromString(PREFIXES + body, Lang.TRIG).toDatasetGraph();
    }

    @Test
    void added_removed_and_changed_facts_are_told_apart_with_their_sentences() {
        DatasetGraph older = trig("""
                f:same a nkg:Fact ; prov:wasDerivedFrom :s1 ; nkg:modality nkg:Ongoing . f:same { :norway :cooperatesWith :eu }
                f:gone a nkg:Fact ; prov:wasDerivedFrom :s1 ; nkg:modality nkg:Ongoing . f:gone { :norway :likes :eu }
                f:moved a nkg:Fact ; prov:wasDerivedFrom :s2 ; nkg:modality nkg:Ongoing . f:moved { :norway :joins :eda }
                """);
        DatasetGraph newer = trig("""
                f:same a nkg:Fact ; prov:wasDerivedFrom :s1 ; nkg:modality nkg:Ongoing . f:same { :norway :cooperatesWith :eu }
                f:moved a nkg:Fact ; prov:wasDerivedFrom :s2 ; nkg:modality nkg:Planned . f:moved { :norway :joins :eda }
                f:new a nkg:Fact ; prov:wasDerivedFrom :s1 ; nkg:modality nkg:Ongoing . f:new { :eu :cooperatesWith :norway }
                """);
        List<FactChange> changes = FactDiff.between(older, newer, NS);
        assertEquals(List.of("ADDED new", "REMOVED gone", "CHANGED moved"),
                changes.stream().map(c -> c.kind() + " " + c.fact().getURI().replaceFirst(".*/", "")).toList());
        FactChange moved = changes.get(2);
        assertEquals(List.of("Norway will join."), moved.sentences());
        assertEquals(1, moved.before().stream().filter(l -> l.contains("Ongoing")).count());
        assertEquals(1, moved.after().stream().filter(l -> l.contains("Planned")).count());
        assertEquals(List.of("Norway cooperates with the EU."), changes.get(1).sentences(), "a removed fact's sentence from the older release");
    }
}
