package no.eukg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.rdfhdt.hdt.exceptions.NotFoundException;
import org.rdfhdt.hdt.exceptions.ParserException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.options.HDTOptions;
import org.rdfhdt.hdt.triples.IteratorTripleString;
import org.rdfhdt.hdt.triples.TripleString;

/**
 * A graph as HDT (hdt-java), and back. HDT holds triples only, so the HDT dump is of the truthy
 * graph, as the other triple dumps are.
 *
 * <p>HDT's terms are strings: an IRI as it is, a blank node as {@code _:label}, a literal as
 * {@code "lexical"} followed by {@code @lang} or {@code ^^<datatype>}, the lexical form raw (HDT
 * does not escape it). A lexical form may hold quotes, so a literal's end is its last quote: no
 * language tag or datatype IRI holds one.
 */
public final class HdtDump {
    /** The format as the dumps list it. */
    public static final DumpFormat FORMAT = new DumpFormat() {
        @Override public String formatName() { return "hdt"; }
        @Override public String extension() { return "hdt"; }
        @Override public String mediaType() { return "application/vnd.hdt"; }
        @Override public String displayName() { return "HDT"; }
        @Override public boolean quads() { return false; }
        @Override public boolean text() { return false; }
        @Override public String toString() { return "HDT"; }
    };

    private HdtDump() { }

    /** Writes {@code graph} as HDT. */
    public static void write(Graph graph, String baseUri, OutputStream out) {
        Iterator<Triple> triples = graph.find();
        Iterator<TripleString> strings = new Iterator<>() {
            @Override public boolean hasNext() { return triples.hasNext(); }
            @Override public TripleString next() {
                Triple t = triples.next();
                return new TripleString(term(t.getSubject()), term(t.getPredicate()), term(t.getObject()));
            }
        };
        try (HDT hdt = HDTManager.generateHDT(strings, baseUri, HDTOptions.of(), null)) {
            hdt.saveToHDT(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new InteropException("cannot write HDT: " + e.getMessage(), e);
        }
    }

    /** Reads an HDT file back as a graph. */
    public static Graph read(InputStream in) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (HDT hdt = HDTManager.loadHDT(in)) {
            IteratorTripleString it = hdt.search("", "", "");
            while (it.hasNext()) {
                TripleString t = it.next();
                graph.add(Triple.create(node(t.getSubject()), node(t.getPredicate()), node(t.getObject())));
            }
        } catch (NotFoundException empty) {
            // an HDT of no triples
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    static String term(Node n) {
        if (n.isURI())
            return n.getURI();
        if (n.isBlank())
            return "_:" + n.getBlankNodeLabel();
        if (!n.isLiteral())
            throw new IllegalArgumentException("not an RDF term: " + n);
        String lang = n.getLiteralLanguage();
        String quoted = "\"" + n.getLiteralLexicalForm() + "\"";
        if (lang != null && !lang.isEmpty())
            return quoted + "@" + lang;
        String dt = n.getLiteralDatatypeURI();
        return dt == null || dt.equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()) ? quoted : quoted + "^^<" + dt + ">";
    }

    static Node node(CharSequence s) {
        String text = s.toString();
        if (text.startsWith("_:"))
            return NodeFactory.createBlankNode(text.substring(2));
        if (!text.startsWith("\""))
            return NodeFactory.createURI(text);
        int end = text.lastIndexOf('"');
        String lexical = text.substring(1, end);
        String rest = text.substring(end + 1);
        if (rest.startsWith("@"))
            return NodeFactory.createLiteralLang(lexical, rest.substring(1));
        if (rest.startsWith("^^<") && rest.endsWith(">"))
            return NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(rest.substring(3, rest.length() - 1)));
        return NodeFactory.createLiteralString(lexical);
    }
}
