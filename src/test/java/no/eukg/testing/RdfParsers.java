package no.eukg.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;

import no.eukg.export.InteropGate;
import no.eukg.export.RdfSyntax;

/**
 * Real consumers for RDF responses: every body is parsed by Jena and by RDF4J Rio (strict), and
 * the two readings must be the same graph.
 */
public final class RdfParsers {
    private RdfParsers() { }

    /** Parses with both toolkits, fails unless they agree, and returns Jena's reading. */
    public static DatasetGraph parseBoth(String body, RdfSyntax syntax) {
        return parseBoth(body.getBytes(StandardCharsets.UTF_8), syntax);
    }

    public static DatasetGraph parseBoth(byte[] body, RdfSyntax syntax) {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(syntax.jenaLang()).strict(true).parse(jena);
        Model rio = InteropGate.parseStrict(syntax, new ByteArrayInputStream(body), "the response");
        InteropGate.requireIsomorphic(rio, InteropGate.toRdf4j(jena, syntax.quads()), "the response as read by Jena and by Rio");
        return jena;
    }
}
