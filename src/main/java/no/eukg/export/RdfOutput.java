package no.eukg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Writes graphs and datasets in any {@link RdfSyntax} with the publisher's prefixes; JSON-LD is
 * compacted with the published {@link JsonLdContext}. Triple syntaxes get the default graph only.
 */
public final class RdfOutput {
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    private final Prefixes prefixes;
    private final JsonLdContext jsonLdContext;

    public RdfOutput(Prefixes prefixes) {
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
        this.jsonLdContext = new JsonLdContext(prefixes);
    }

    public Prefixes prefixes() { return prefixes; }

    public JsonLdContext jsonLdContext() { return jsonLdContext; }

    /** Writes a graph; for a quad syntax it is written as the default graph. */
    public void write(RdfSyntax syntax, Graph graph, OutputStream out) {
        if (syntax.quads()) {
            write(syntax, DatasetGraphFactory.wrap(graph), out);
            return;
        }
        if (syntax == RdfSyntax.JSONLD) {
            writeJsonLd(DatasetGraphFactory.wrap(graph), out);
            return;
        }
        RDFWriterRegistry.getWriterGraphFactory(syntax.jenaFormat())
                .create(syntax.jenaFormat())
                .write(out, graph, prefixes.prefixMap(), null, Context.emptyContext());
    }

    /** Writes a dataset; a triple syntax gets its default graph. */
    public void write(RdfSyntax syntax, DatasetGraph dataset, OutputStream out) {
        if (!syntax.quads()) {
            write(syntax, dataset.getDefaultGraph(), out);
            return;
        }
        RDFWriterRegistry.getWriterDatasetFactory(syntax.jenaFormat())
                .create(syntax.jenaFormat())
                .write(out, dataset, prefixes.prefixMap(), null, Context.emptyContext());
    }

    /**
     * JSON-LD through Titanium: Jena's own JSON-LD 1.1 writer neither compacts with a given context
     * nor reports a failure (it prints the stack trace and writes nothing).
     */
    private void writeJsonLd(DatasetGraph dataset, OutputStream out) {
        JsonObject compacted;
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dataset))).ordered(true).get();
            compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(jsonLdContext.document()))
                    .ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
        // The context first, as readers expect; an empty graph (which compacts to the context alone) said explicitly.
        var ordered = Json.createObjectBuilder().add("@context", jsonLdContext.context());
        compacted.forEach((k, v) -> { if (!k.equals("@context")) ordered.add(k, v); });
        if (!compacted.containsKey("@graph") && compacted.size() <= 1)
            ordered.add("@graph", Json.createArrayBuilder());
        compacted = ordered.build();
        try (JsonWriter w = Json.createWriterFactory(PRETTY).createWriter(nonClosing(out))) {
            w.write(compacted);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { out.flush(); }
        };
    }
}
