package no.eukg.linked;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.export.DumpInfo;
import no.eukg.export.RdfOutput;
import no.eukg.export.RdfSyntax;
import no.eukg.releases.Release;

/**
 * The JSON-LD that search engines read from the HTML pages, in {@code <script type="application/ld+json">}
 * data blocks: the dataset as a schema.org {@code Dataset} (on the home page and the dataset
 * description), and a resource's own description (on its page).
 *
 * <p>The {@code Dataset} says only what {@link DatasetDescription} already states, in schema.org
 * terms: its title, description and rights statement (the source states no licence, and neither
 * does this), the publisher, the version being served, the source page it is based on and the date
 * that page gives (its {@code temporalCoverage}: the facts are the page's as of that date), and one
 * {@code DataDownload} per dump file. It is a Jena graph first and JSON-LD second, framed around
 * the dataset with a small inline context, so that no remote context need be fetched to read it.
 *
 * <p>Both are written with Titanium through Jena's {@link JenaTitanium} bridge, as
 * {@link RdfOutput} writes JSON-LD: Jena's own JSON-LD 1.1 writer does not compact with a given
 * context. The text returned is safe to stand between {@code <script>} and {@code </script>}
 * ({@link #forScript(String)}).
 */
public final class DatasetMarkup {
    /**
     * The schema.org namespace as the data and the published context's {@code schema:} write it
     * ({@code http:}; schema.org takes it as the same as {@code https:}, which Jena's {@code SchemaDO} has).
     */
    public static final String SCHEMA = "http://schema.org/";

    /**
     * The Dataset's context: schema.org as the vocabulary, so that terms read as schema.org's own
     * markup does ({@code "name"}, {@code "distribution"}), and the properties whose values are
     * addresses coerced to IRIs.
     */
    static final JsonObject CONTEXT = Json.createObjectBuilder()
            .add("@vocab", SCHEMA)
            .add("xsd", XSDDatatype.XSD + "#")
            .add("url", iri()).add("contentUrl", iri()).add("identifier", iri()).add("isBasedOn", iri())
            .add("dateModified", Json.createObjectBuilder().add("@type", "xsd:date"))
            .build();

    private final DatasetDescription dataset;
    private final DatasetStatistics statistics;
    private final String base;

    /**
     * @param base where this server is reachable (ending in {@code /}): the landing page, and the
     *             dump files under {@code dumps/}, as the dataset description lists them
     */
    public DatasetMarkup(DatasetDescription dataset, DatasetStatistics statistics, String base) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.base = Objects.requireNonNull(base, "base");
    }

    private static JsonObject iri() {
        return Json.createObjectBuilder().add("@type", "@id").build();
    }

    /** The schema.org {@code Dataset} with a {@code DataDownload} for each of {@code dumps}. */
    public Graph graph(List<DumpInfo> dumps) {
        Model m = ModelFactory.createDefaultModel();
        Graph description = dataset.graph();
        Node self = NodeFactory.createURI(dataset.datasetIri());
        Resource ds = m.createResource(dataset.datasetIri())
                .addProperty(RDF.type, Schema.Dataset)
                .addProperty(Schema.name, dataset.title())
                .addProperty(Schema.description, dataset.description())
                .addProperty(Schema.url, m.createResource(base))
                // The canonical IRI (the node's @id) said as its identifier too: crawlers read that.
                .addProperty(Schema.identifier, m.createResource(dataset.datasetIri()))
                // The rights statement as the description words it: "Source licence not stated", not a licence's address.
                .addProperty(Schema.license, m.createResource()
                        .addProperty(RDF.type, Schema.CreativeWork)
                        .addProperty(Schema.name, dataset.rights()));
        version().ifPresent(v -> ds.addProperty(Schema.version, v));
        agent(m, description, self, DCTerms.publisher.asNode()).ifPresent(p -> ds.addProperty(Schema.publisher, p));
        creator(m).ifPresent(c -> ds.addProperty(Schema.creator, c));
        dataset.sourcePage().ifPresent(p -> ds.addProperty(Schema.isBasedOn, m.createResource(p)));
        sourceDate().ifPresent(d -> ds.addProperty(Schema.temporalCoverage, d));
        description.find(self, DCTerms.modified.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .nextOptional().ifPresent(d -> ds.addProperty(Schema.dateModified,
                        m.createTypedLiteral(d.getLiteralLexicalForm(), XSDDatatype.XSDdate)));
        for (String lang : statistics.labelLanguages())
            ds.addProperty(Schema.inLanguage, lang);
        for (DumpInfo d : dumps) {
            // The IRI the description gives the file's dcat:Distribution, which this is; it also keeps the order stable.
            Resource download = m.createResource(base + "dumps/" + d.fileName() + "#distribution")
                    .addProperty(RDF.type, Schema.DataDownload)
                    .addProperty(Schema.name, d.fileName())
                    .addProperty(Schema.contentUrl, m.createResource(base + "dumps/" + d.fileName()))
                    // What the content is (Turtle, say); a gzipped file is also what it is packed in.
                    .addProperty(Schema.encodingFormat, d.syntax().mediaType())
                    .addProperty(Schema.contentSize, d.bytes() + " B")
                    .addProperty(Schema.sha256, d.sha256());
            if (d.gzipped())
                download.addProperty(Schema.encodingFormat, d.contentType());
            ds.addProperty(Schema.distribution, download);
        }
        return m.getGraph();
    }

    /** The {@code Dataset} as JSON-LD (the dataset at the top, what it refers to nested), ready for a script element. */
    public String script(List<DumpInfo> dumps) {
        JsonObject framed;
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph(dumps)))))
                    .ordered(true).get();
            JsonObject frame = Json.createObjectBuilder().add("@context", CONTEXT).add("@type", "Dataset").build();
            framed = JsonLd.frame(JsonDocument.of(expanded), JsonDocument.of(frame)).ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write the dataset's JSON-LD: " + e.getMessage(), e);
        }
        // The context first, as readers expect.
        var ordered = Json.createObjectBuilder().add("@context", CONTEXT);
        framed.forEach((k, v) -> { if (!k.equals("@context")) ordered.add(k, v); });
        StringWriter w = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            writer.write(ordered.build());
        }
        return forScript(w.toString().strip());
    }

    /**
     * A resource's own description as JSON-LD, ready for a script element: the triples whose subject
     * it is (its types, labels and links, with canonical IRIs), and those of the blank nodes they
     * reach; not its neighbours' labels or incoming links, which are theirs. Written as
     * {@code /data/...} writes JSON-LD, with the published context inline.
     */
    public static String resourceScript(Description d, RdfOutput output) {
        Graph own = GraphFactory.createDefaultGraph();
        own.getPrefixMapping().setNsPrefixes(d.graph().getPrefixMapping());
        Deque<Node> todo = new ArrayDeque<>(List.of(d.resource()));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s))
                continue;
            d.graph().find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                own.add(t);
                if (t.getObject().isBlank())
                    todo.push(t.getObject());
            });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.write(RdfSyntax.JSONLD, own, out);
        return forScript(out.toString(StandardCharsets.UTF_8).strip());
    }

    /**
     * JSON made safe as the content of a {@code <script>} element. The HTML parser ends a script
     * at the first {@code </script} whatever the JSON means, and {@code <!--} (with a later
     * {@code <script}) changes how it looks for that end; a label or sentence may hold either. JSON
     * has {@code <}, {@code >} and {@code &} only inside strings, where {@code \u003c} and the like
     * mean the same characters, so escaping every one keeps the JSON identical and leaves no markup.
     */
    public static String forScript(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The version served: the release's, else the ontology's {@code owl:versionInfo}. */
    private Optional<String> version() {
        Optional<String> release = dataset.release().map(Release::version);
        if (release.isPresent())
            return release;
        Node ont = NodeFactory.createURI(statistics.namespace().ontology());
        return statistics.about(ont).find(ont, OWL2.versionInfo.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    /** The date the source page gives ({@code dcterms:modified} of {@code <id/source>}), as written: {@code 2015-03-10}. */
    private Optional<String> sourceDate() {
        Node doc = NodeFactory.createURI(statistics.namespace().source());
        return statistics.about(doc).find(doc, DCTerms.modified.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    /** Who made the graph: the ontology's {@code dcterms:creator}, which the description also falls back on for its publisher. */
    private Optional<RDFNode> creator(Model m) {
        Node ont = NodeFactory.createURI(statistics.namespace().ontology());
        return agent(m, statistics.about(ont), ont, DCTerms.creator.asNode());
    }

    /**
     * The agent {@code s p} names in {@code g}, as a schema.org {@code Organization}: a name (a
     * literal, or a {@code foaf:Agent}'s {@code foaf:name}) or an IRI with its label when known.
     */
    private Optional<RDFNode> agent(Model m, Graph g, Node s, Node p) {
        Optional<Node> v = g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional();
        if (v.isEmpty())
            return Optional.empty();
        Node n = v.get();
        Optional<String> name = n.isLiteral() ? Optional.of(n.getLiteralLexicalForm())
                : Labels.literal(g, n, List.of(FOAF.name.asNode(), RDFS.label.asNode()), "en");
        if (n.isURI() && name.isEmpty())
            name = Labels.literal(statistics.about(n), n, List.of(FOAF.name.asNode(), RDFS.label.asNode()), "en");
        Resource agent = n.isURI() ? m.createResource(n.getURI()) : m.createResource();
        agent.addProperty(RDF.type, Schema.Organization);
        name.ifPresent(x -> agent.addProperty(Schema.name, x));
        return Optional.of(agent);
    }

    /** The schema.org terms the markup uses, in {@link #SCHEMA}. */
    private static final class Schema {
        static final Resource Dataset = type("Dataset");
        static final Resource DataDownload = type("DataDownload");
        static final Resource CreativeWork = type("CreativeWork");
        static final Resource Organization = type("Organization");
        static final Property name = term("name");
        static final Property description = term("description");
        static final Property url = term("url");
        static final Property identifier = term("identifier");
        static final Property license = term("license");
        static final Property version = term("version");
        static final Property publisher = term("publisher");
        static final Property creator = term("creator");
        static final Property isBasedOn = term("isBasedOn");
        static final Property temporalCoverage = term("temporalCoverage");
        static final Property dateModified = term("dateModified");
        static final Property inLanguage = term("inLanguage");
        static final Property distribution = term("distribution");
        static final Property contentUrl = term("contentUrl");
        static final Property encodingFormat = term("encodingFormat");
        static final Property contentSize = term("contentSize");
        static final Property sha256 = term("sha256");

        private Schema() { }

        private static Resource type(String local) { return ResourceFactory.createResource(SCHEMA + local); }

        private static Property term(String local) { return ResourceFactory.createProperty(SCHEMA + local); }
    }
}
