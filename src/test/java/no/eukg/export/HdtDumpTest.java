package no.eukg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** HDT written by hdt-java and read back holds the same graph, whatever its literals hold. */
class HdtDumpTest {
    @Test
    void literals_with_quotes_languages_datatypes_and_blank_nodes_come_back_as_they_were() {
        Graph graph = RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                ex:a ex:says "He said \\"no\\", then left" , "Norge"@nb , "Norway"@en , "line\\nbreak" ;
                     ex:on "2015-03-10"^^xsd:date ; ex:count 42 ; ex:flag true ; ex:quote "ends with a quote\\"" .
                [] ex:about ex:a ; ex:label "a blank node" .
                """, Lang.TURTLE).toGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HdtDump.write(graph, "http://example.org/", out);
        Graph back = HdtDump.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(graph.size(), back.size());
        assertTrue(graph.isIsomorphicWith(back), back.toString());
    }
}
