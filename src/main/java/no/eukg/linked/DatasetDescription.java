package no.eukg.linked;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

import no.eukg.export.DumpInfo;
import no.eukg.export.Prefixes;
import no.eukg.export.RdfSyntax;
import no.eukg.graph.Namespace;
import no.eukg.releases.Release;
import no.eukg.releases.ReleaseHistory;
import no.eukg.vocab.Hydra;
import no.eukg.vocab.Spdx;

/**
 * The VoID and DCAT description of the dataset, computed from the data rather than typed by hand:
 * title and description from the source page's metadata, counts and class and property
 * partitions from {@link DatasetStatistics}, the vocabularies from the IRIs in use, and a
 * distribution per dump file with its size and checksum.
 *
 * <p>The data's own licence is not claimed: the source states none, and the description says so.
 */
public final class DatasetDescription {
    /** What is said when the source's metadata states no rights. */
    public static final String NO_LICENCE = "Source licence not stated.";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final String base;
    private final Namespace namespace;
    private final DatasetStatistics statistics;
    private final List<Release> releases;
    private final Optional<Release> release;
    private final Supplier<List<DumpInfo>> dumps;
    private final Prefixes prefixes;
    private Graph graph;

    /**
     * @param base  where this server is reachable: its endpoint, pages and dump files are there,
     *              while the dataset, its ontology and its resources keep their canonical IRIs
     * @param dumps the dump files to list as distributions (building them if need be)
     */
    public DatasetDescription(DatasetStatistics statistics, String base, Supplier<List<DumpInfo>> dumps, Prefixes prefixes,
                              List<Release> releases) {
        this.releases = List.copyOf(releases);
        this.release = releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.base = Objects.requireNonNull(base, "base");
        this.namespace = statistics.namespace();
        this.dumps = Objects.requireNonNull(dumps, "dumps");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    /** The release being served ({@code releases/releases.ttl}'s newest), if the project declares releases. */
    public Optional<Release> release() { return release; }

    /** The IRI of the dataset: {@code <namespace>dataset}, as the SPARQL service description names it. */
    public String datasetIri() { return namespace.iri() + "dataset"; }

    /** The dataset's title, computed from the source's metadata. */
    public String title() {
        Source s = source();
        if (s.title().isEmpty())
            return ontologyTitle().orElse("Knowledge graph");
        return "Knowledge graph of “" + s.title().get() + "”" + s.publisher().map(p -> ", " + p).orElse("");
    }

    /** A paragraph on what the dataset is, computed from the counts and the source's metadata. */
    public String description() {
        Source s = source();
        DatasetStatistics.Counts c = statistics.counts();
        StringBuilder b = new StringBuilder();
        b.append(c.facts()).append(" facts about ").append(c.entities()).append(" entities");
        if (s.title().isPresent()) {
            b.append(", modelled sentence by sentence (").append(c.sentences()).append(" sentences) from the web page “")
                    .append(s.title().get()).append("”");
            s.publisher().ifPresent(p -> b.append(" by ").append(p));
            s.modified().ifPresent(m -> b.append(", last updated ").append(m));
            s.page().ifPresent(p -> b.append(" (").append(p).append(")"));
        }
        b.append(". Every fact is a named graph linked to the sentence it was derived from");
        List<String> langs = statistics.labelLanguages();
        if (!langs.isEmpty())
            b.append("; labels in ").append(andList(langs.stream().map(DatasetDescription::languageName).toList()));
        return b.append('.').toString();
    }

    /** The rights statement: the source's own, or {@link #NO_LICENCE}. */
    public String rights() {
        return source().rights().orElse(NO_LICENCE);
    }

    /** The address of the source page, if the data states it. */
    public Optional<String> sourcePage() { return source().page(); }

    /** The VoID + DCAT graph (computed once). */
    public synchronized Graph graph() {
        if (graph == null)
            graph = build();
        return graph;
    }

    private Graph build() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes.asMap());
        DatasetStatistics.Counts c = statistics.counts();
        Resource ds = m.createResource(datasetIri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(title(), "en"))
                .addProperty(DCTerms.description, m.createLiteral(description(), "en"))
                .addProperty(DCTerms.rights, m.createLiteral(rights(), "en"))
                .addProperty(DCAT.landingPage, m.createResource(base))
                .addProperty(FOAF.homepage, m.createResource(base))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"))
                .addProperty(VOID.uriSpace, namespace.resources())
                .addLiteral(VOID.triples, typed(m, c.triples()))
                .addLiteral(VOID.entities, typed(m, c.entities()))
                .addLiteral(VOID.distinctSubjects, typed(m, c.subjects()))
                .addLiteral(VOID.distinctObjects, typed(m, c.objects()))
                .addLiteral(VOID.classes, typed(m, statistics.classes().size()))
                .addLiteral(VOID.properties, typed(m, statistics.properties().size()));
        // The dataset is its releases' series: its version is the one served, each release listed
        // (with what changed) at /releases/.
        release.ifPresent(r -> ds.addProperty(m.createProperty(ReleaseHistory.VERSION.getURI()), r.version())
                .addProperty(m.createProperty(DCAT.NS + "hasCurrentVersion"), m.createResource(r.iri().getURI()))
                .addProperty(RDFS.seeAlso, m.createResource(base + "releases/")));
        for (Release r : releases)
            ds.addProperty(m.createProperty(DCAT.NS + "hasVersion"), m.createResource(r.iri().getURI())
                    .addProperty(m.createProperty(ReleaseHistory.VERSION.getURI()), r.version())
                    .addProperty(DCAT.distribution, m.createResource(base + "releases/" + r.version() + "/" + ReleaseHistory.DUMP + "#distribution")));
        // Linked Data Fragments (/fragments): a subject is looked up by appending it, and the
        // interface is the dataset's subset with its search template, as each fragment says.
        ds.addProperty(VOID.uriLookupEndpoint, m.createResource(base + "fragments?subject="));
        Resource search = m.createResource()
                .addProperty(RDF.type, m.createResource(Hydra.IRI_TEMPLATE.getURI()))
                .addProperty(m.createProperty(Hydra.TEMPLATE.getURI()), base + "fragments{?subject,predicate,object,graph}")
                .addProperty(m.createProperty(Hydra.VARIABLE_REPRESENTATION.getURI()), m.createResource(Hydra.EXPLICIT_REPRESENTATION.getURI()));
        for (String[] v : new String[][] {{"subject", RDF.subject.getURI()}, {"predicate", RDF.predicate.getURI()},
                {"object", RDF.object.getURI()}, {"graph", "http://www.w3.org/ns/sparql-service-description#graph"}})
            search.addProperty(m.createProperty(Hydra.MAPPING.getURI()), m.createResource()
                    .addProperty(RDF.type, m.createResource(Hydra.IRI_TEMPLATE_MAPPING.getURI()))
                    .addProperty(m.createProperty(Hydra.VARIABLE.getURI()), v[0])
                    .addProperty(m.createProperty(Hydra.PROPERTY.getURI()), m.createResource(v[1])));
        ds.addProperty(VOID.subset, m.createResource(base + "fragments#dataset")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, m.createResource(Hydra.COLLECTION.getURI()))
                .addProperty(DCTerms.title, m.createLiteral("Triple and Quad Pattern Fragments of the dataset", "en"))
                .addProperty(m.createProperty(Hydra.SEARCH.getURI()), search));
        publisher(m).ifPresent(p -> ds.addProperty(DCTerms.publisher, p));
        source().page().ifPresent(p -> ds.addProperty(DCTerms.source, m.createResource(p)));
        Node modified = statistics.modified().orElse(NodeFactory.createLiteralDT(
                LocalDate.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdate));
        ds.addProperty(DCTerms.modified, m.asRDFNode(modified));
        for (String lang : statistics.labelLanguages())
            ds.addProperty(DCTerms.language, m.createTypedLiteral(lang, XSDDatatype.XSDlanguage));

        Resource service = m.createResource(base + "sparql#service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(base + "sparql"))
                .addProperty(DCAT.endpointDescription, m.createResource(base + "sparql"))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.accessService, service);

        for (Node e : statistics.examples())
            ds.addProperty(VOID.exampleResource, m.asRDFNode(e));
        TreeSet<String> vocabularies = new TreeSet<>();
        statistics.classes().forEach((cls, n) -> {
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.asRDFNode(cls))
                    .addLiteral(VOID.entities, typed(m, n)));
            namespace(cls).ifPresent(vocabularies::add);
        });
        for (DatasetStatistics.PropertyUse p : statistics.properties()) {
            ds.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, m.asRDFNode(p.property()))
                    .addLiteral(VOID.triples, typed(m, p.triples()))
                    .addLiteral(VOID.distinctSubjects, typed(m, p.subjects()))
                    .addLiteral(VOID.distinctObjects, typed(m, p.objects())));
            namespace(p.property()).ifPresent(vocabularies::add);
        }
        vocabularies.forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));

        Resource dumpsPage = m.createResource(base + "dumps/");
        for (DumpInfo d : dumps.get()) {
            Resource file = m.createResource(base + "dumps/" + d.fileName());
            ds.addProperty(VOID.dataDump, file);
            if (d.syntax() instanceof RdfSyntax syntax)
                ds.addProperty(VOID.feature, m.createResource(FORMATS + formatName(syntax)));
            Resource dist = m.createResource(base + "dumps/" + d.fileName() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, m.createLiteral(distributionTitle(d), "en"))
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.accessURL, dumpsPage)
                    .addLiteral(DCAT.byteSize, typed(m, d.bytes()))
                    .addLiteral(VOID.triples, typed(m, d.statements()))
                    .addProperty(Spdx.checksum, m.createResource()
                            .addProperty(RDF.type, Spdx.Checksum)
                            .addProperty(Spdx.algorithm, Spdx.checksumAlgorithm_sha256)
                            .addProperty(Spdx.checksumValue, m.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary)));
            // dcat:mediaType is for media types IANA registered; HDT's (a W3C member submission's) is not.
            if (d.syntax() instanceof RdfSyntax)
                dist.addProperty(DCAT.mediaType, m.createResource(IANA + d.syntax().mediaType()));
            else
                dist.addProperty(DCTerms.format, m.createLiteral(d.syntax().mediaType()));
            if (d.gzipped())
                dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
            ds.addProperty(DCAT.distribution, dist);
        }
        return m.getGraph();
    }

    private static String distributionTitle(DumpInfo d) {
        String what = d.syntax().displayName();
        String graphs = d.syntax().quads() ? "the dataset with the facts' provenance graphs" : "the default graph (the facts stated as the case; facts of intent are in the quad dumps)";
        return what + " dump of " + graphs + (d.gzipped() ? ", gzipped" : "");
    }

    /** The syntax's name among the W3C's format IRIs ({@code http://www.w3.org/ns/formats/}); HDT has none. */
    private static String formatName(RdfSyntax syntax) {
        return switch (syntax) {
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF_XML";
        };
    }

    private static Literal typed(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespace of an IRI: up to its last {@code #} or {@code /}. */
    static Optional<String> namespace(Node n) {
        if (!n.isURI())
            return Optional.empty();
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut <= 0 ? Optional.empty() : Optional.of(iri.substring(0, cut + 1));
    }

    /** The dataset's publisher: the ontology's {@code dcterms:publisher}, else its creator. */
    private Optional<RDFNode> publisher(Model m) {
        Graph ont = statistics.about(NodeFactory.createURI(ontologyIri()));
        for (Node p : List.of(DCTerms.publisher.asNode(), DCTerms.creator.asNode())) {
            Optional<Node> v = ont.find(Node.ANY, p, Node.ANY).mapWith(t -> t.getObject()).nextOptional();
            if (v.isPresent()) {
                Node n = v.get();
                if (n.isLiteral())
                    return Optional.of(m.createResource().addProperty(RDF.type, FOAF.Agent)
                            .addProperty(FOAF.name, n.getLiteralLexicalForm()));
                return Optional.of(m.asRDFNode(n));
            }
        }
        return Optional.empty();
    }

    private String ontologyIri() { return namespace.ontology(); }

    private Optional<String> ontologyTitle() {
        Graph ont = statistics.about(NodeFactory.createURI(ontologyIri()));
        return Labels.literal(ont, NodeFactory.createURI(ontologyIri()), List.of(DCTerms.title.asNode(), RDFS.label.asNode()), "en");
    }

    /** The source page's metadata, from {@code <namespace>id/source}. */
    private record Source(Optional<String> title, Optional<String> publisher, Optional<String> page,
                          Optional<String> modified, Optional<String> rights) { }

    private Source source() {
        Node doc = NodeFactory.createURI(namespace.source());
        Graph g = statistics.about(doc);
        Optional<String> title = Labels.literal(g, doc, List.of(DCTerms.title.asNode()), "en");
        Optional<Node> publisherNode = g.find(doc, DCTerms.publisher.asNode(), Node.ANY).mapWith(t -> t.getObject()).nextOptional();
        Optional<String> publisher = publisherNode.flatMap(p -> p.isLiteral() ? Optional.of(p.getLiteralLexicalForm())
                : Labels.literal(g, p, List.of(RDFS.label.asNode()), "en"));
        Optional<String> page = g.find(doc, DCTerms.source.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isURI).mapWith(Node::getURI).nextOptional();
        Optional<String> modified = g.find(doc, DCTerms.modified.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional();
        Optional<String> rights = Labels.literal(g, doc, List.of(DCTerms.rights.asNode()), "en");
        return new Source(title, publisher, page, modified, rights);
    }

    private static String andList(List<String> items) {
        if (items.size() < 2)
            return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String languageName(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "en" -> "English";
            case "nb" -> "Norwegian Bokmål";
            case "nn" -> "Norwegian Nynorsk";
            default -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        };
    }
}
