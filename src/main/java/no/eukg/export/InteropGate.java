package no.eukg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;

/**
 * The interop gate: what Jena wrote must be read back by the other toolkit, RDF4J Rio, in strict
 * mode (datatype values, language tags and IRIs verified, unknown datatypes refused), and the
 * result must be isomorphic to the graph that was written. A failure is an
 * {@link InteropException}, never a warning.
 */
public final class InteropGate {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private InteropGate() { }

    /** Rio's parser settings for strict reading. */
    public static ParserConfig strictConfig() {
        ParserConfig c = new ParserConfig();
        c.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        c.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true);
        c.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        c.set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, true);
        c.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        c.set(BasicParserSettings.VERIFY_RELATIVE_URIS, true);
        c.set(BasicParserSettings.NORMALIZE_DATATYPE_VALUES, false);
        c.set(BasicParserSettings.NORMALIZE_LANGUAGE_TAGS, false);
        return c;
    }

    /**
     * Reads {@code written} (in {@code syntax}) with Rio in strict mode and requires it to be
     * isomorphic to {@code expected}: the whole dataset for a quad syntax, its default graph otherwise.
     *
     * @param what names the document in the error message, e.g. {@code the Turtle dump}
     */
    public static void check(RdfSyntax syntax, InputStream written, DatasetGraph expected, String what) {
        Model parsed = parseStrict(syntax, written, what);
        requireIsomorphic(parsed, toRdf4j(expected, syntax.quads()), what);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(ParserConfig from, ParserConfig to, org.eclipse.rdf4j.rio.RioSetting setting) {
        to.set(setting, from.get(setting));
    }

    /** Parses with Rio in strict mode; a parse failure is an {@link InteropException} with its position. */
    public static Model parseStrict(RdfSyntax syntax, InputStream in, String what) {
        RDFParser parser = Rio.createParser(syntax.rioFormat());
        // Only the settings this parser knows (the JSON-LD parser warns about the others).
        ParserConfig strict = strictConfig();
        for (var setting : strict.getSettings().keySet())
            if (parser.getSupportedSettings().contains(setting))
                copy(strict, parser.getParserConfig(), setting);
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        try {
            parser.parse(in);
        } catch (RDFParseException e) {
            String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber()
                    + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "") : "";
            throw new InteropException("interop gate: RDF4J Rio cannot read " + what + " in strict mode" + where
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new InteropException("interop gate: RDF4J Rio cannot read " + what + ": " + e.getMessage(), e);
        }
        return model;
    }

    /**
     * Requires two RDF4J models to be isomorphic (equal up to blank node labels), naming a few
     * statements that differ when they are not.
     */
    public static void requireIsomorphic(Model actual, Model expected, String what) {
        if (Models.isomorphic(actual, expected))
            return;
        List<String> differences = new ArrayList<>();
        sample(expected, actual, "missing", differences);
        sample(actual, expected, "unexpected", differences);
        throw new InteropException("interop gate: " + what + " read back by RDF4J Rio is not the graph that was written ("
                + actual.size() + " statements read, " + expected.size() + " written)"
                + (differences.isEmpty() ? "; they differ in blank node structure" : ": " + String.join("; ", differences)));
    }

    private static void sample(Model from, Model other, String label, List<String> out) {
        Set<Statement> others = new HashSet<>(other);
        int n = 0;
        for (Statement st : from) {
            if (hasBNode(st) || others.contains(st))
                continue;
            out.add(label + " " + st);
            if (++n == 3)
                break;
        }
    }

    private static boolean hasBNode(Statement st) {
        return st.getSubject() instanceof BNode || st.getObject() instanceof BNode || st.getContext() instanceof BNode;
    }

    /** Jena's dataset as RDF4J statements: named graphs as contexts when {@code quads}, else the default graph only. */
    public static Model toRdf4j(DatasetGraph dsg, boolean quads) {
        Model model = new LinkedHashModel();
        Iterator<Quad> it = quads ? dsg.find()
                : dsg.getDefaultGraph().find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
        while (it.hasNext()) {
            Quad q = it.next();
            Resource context = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
            model.add((Resource) value(q.getSubject()), (IRI) value(q.getPredicate()), value(q.getObject()), context);
        }
        return model;
    }

    /** One Jena node as an RDF4J value. */
    public static Value value(Node n) {
        if (n.isURI())
            return VF.createIRI(n.getURI());
        if (n.isBlank())
            return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new InteropException("interop gate: RDF4J has no counterpart for " + n);
    }
}
