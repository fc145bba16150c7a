package no.eukg.export;

import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON-LD context the publisher publishes (at {@code /context.jsonld}) and compacts every
 * JSON-LD document with: the {@link Prefixes}, and short names for labels and comments keyed by
 * language ({@code "label": {"en": "Norway", "nb": "Norge"}}).
 *
 * <p>Documents carry this context inline rather than by reference, so that a consumer needs no
 * second request and RDF4J Rio's secure mode (which refuses to fetch remote contexts) reads them.
 */
public final class JsonLdContext {
    private final JsonObject context;

    public JsonLdContext(Prefixes prefixes) {
        Objects.requireNonNull(prefixes, "prefixes");
        JsonObjectBuilder b = Json.createObjectBuilder();
        prefixes.asMap().forEach(b::add);
        languageMap(b, "label", "rdfs:label");
        languageMap(b, "comment", "rdfs:comment");
        languageMap(b, "prefLabel", "skos:prefLabel");
        languageMap(b, "altLabel", "skos:altLabel");
        this.context = b.build();
    }

    private static void languageMap(JsonObjectBuilder b, String term, String iri) {
        b.add(term, Json.createObjectBuilder().add("@id", iri).add("@container", "@language"));
    }

    /** The value of {@code @context}. */
    public JsonObject context() { return context; }

    /** The context document: {@code {"@context": {...}}}. */
    public JsonObject document() {
        return Json.createObjectBuilder().add("@context", context).build();
    }
}
