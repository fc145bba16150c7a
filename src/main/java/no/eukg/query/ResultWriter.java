package no.eukg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes a run's results in a {@link ResultFormat}.
 *
 * <p>With provenance, each row gets one more column, {@code provenance} (or {@code provenance_}
 * if the query has a column of that name): a literal with one line per source sentence, its IRI,
 * a space and its text. In SPARQL JSON that column's term object also has a {@code sentences}
 * member, {@code [{"iri": ..., "text": ...}]}, so a program need not split lines; SPARQL JSON
 * readers ignore the extra member and see the literal.
 */
public final class ResultWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ResultWriter() { }

    public static void write(QueryResult result, ResultFormat format, OutputStream out) {
        try {
            if (result instanceof QueryResult.Rows rows)
                rows(rows, format, out);
            else if (result instanceof QueryResult.Answer answer)
                answer(answer.value(), format, out);
            else if (result instanceof QueryResult.Triples triples)
                RDFWriter.source(triples.graph()).format(rdfFormat(format)).output(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the provenance column for a result with these columns. */
    public static Var provenanceVar(List<Var> vars) {
        String name = "provenance";
        while (vars.contains(Var.alloc(name)))
            name += "_";
        return Var.alloc(name);
    }

    /** The provenance cell: one line per sentence, {@code IRI text}. */
    public static String provenanceText(List<SourceSentence> sentences) {
        return sentences.stream().map(SourceSentence::line).collect(Collectors.joining("\n"));
    }

    private static void rows(QueryResult.Rows rows, ResultFormat format, OutputStream out) throws IOException {
        if (format == ResultFormat.JSON) {
            json(rows, out);
            return;
        }
        List<Var> vars = new ArrayList<>(rows.vars());
        List<Binding> bindings = rows.rows();
        if (rows.hasProvenance()) {
            Var p = provenanceVar(rows.vars());
            vars.add(p);
            List<Binding> extended = new ArrayList<>();
            for (int i = 0; i < bindings.size(); i++)
                extended.add(BindingFactory.binding(bindings.get(i), p,
                        NodeFactory.createLiteralString(provenanceText(rows.provenance().get(i)))));
            bindings = extended;
        }
        ResultSet rs = ResultSet.adapt(RowSetStream.create(vars, bindings.iterator()));
        ResultSetMgr.write(out, rs, sparqlLang(format));
    }

    private static void answer(boolean value, ResultFormat format, OutputStream out) throws IOException {
        if (format == ResultFormat.JSON) {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeObjectFieldStart("head");
                g.writeEndObject();
                g.writeBooleanField("boolean", value);
                g.writeEndObject();
            }
            return;
        }
        ResultSetMgr.write(out, value, sparqlLang(format));
    }

    /** SPARQL 1.1 Query Results JSON, written here so a row can carry its sentences. */
    private static void json(QueryResult.Rows rows, OutputStream out) throws IOException {
        Var p = rows.hasProvenance() ? provenanceVar(rows.vars()) : null;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("head");
            g.writeArrayFieldStart("vars");
            for (Var v : rows.vars())
                g.writeString(v.getVarName());
            if (p != null)
                g.writeString(p.getVarName());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("results");
            g.writeArrayFieldStart("bindings");
            for (int i = 0; i < rows.rows().size(); i++) {
                Binding b = rows.rows().get(i);
                g.writeStartObject();
                for (Var v : rows.vars()) {
                    Node n = b.get(v);
                    if (n != null) {
                        g.writeFieldName(v.getVarName());
                        term(g, n);
                    }
                }
                if (p != null) {
                    List<SourceSentence> sentences = rows.provenance().get(i);
                    g.writeObjectFieldStart(p.getVarName());
                    g.writeStringField("type", "literal");
                    g.writeStringField("value", provenanceText(sentences));
                    g.writeArrayFieldStart("sentences");
                    for (SourceSentence s : sentences) {
                        g.writeStartObject();
                        g.writeStringField("iri", s.iri());
                        g.writeStringField("text", s.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void term(JsonGenerator g, Node n) throws IOException {
        g.writeStartObject();
        if (n.isURI()) {
            g.writeStringField("type", "uri");
            g.writeStringField("value", n.getURI());
        } else if (n.isBlank()) {
            g.writeStringField("type", "bnode");
            g.writeStringField("value", n.getBlankNodeLabel());
        } else if (n.isLiteral()) {
            g.writeStringField("type", "literal");
            g.writeStringField("value", n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                g.writeStringField("xml:lang", lang);
            else if (!n.getLiteralDatatypeURI().equals(XSD.xstring.getURI()))
                g.writeStringField("datatype", n.getLiteralDatatypeURI());
        } else {
            // Triple terms (RDF 1.2) have no place in this graph; write their N-Triples text.
            g.writeStringField("type", "literal");
            g.writeStringField("value", n.toString());
        }
        g.writeEndObject();
    }

    private static Lang sparqlLang(ResultFormat format) {
        return switch (format) {
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> throw new IllegalArgumentException(format + " is not a SPARQL results format");
        };
    }

    private static RDFFormat rdfFormat(ResultFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        };
    }
}
