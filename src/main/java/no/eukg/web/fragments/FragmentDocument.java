package no.eukg.web.fragments;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import no.eukg.export.RdfOutput;
import no.eukg.export.RdfSyntax;
import no.eukg.vocab.Hydra;
import no.eukg.vocab.SD;

/**
 * One page of a fragment as RDF: its triples, its metadata (the estimated total as
 * {@code void:triples} and {@code hydra:totalItems}, the page size, first, previous and next) and
 * the dataset's controls (the {@code hydra:search} IRI template with a mapping per position), as
 * the Linked Data Fragments specification and the LDF server write them.
 *
 * <p>In a quad syntax (TriG, N-Quads) the data keep their graphs and the metadata go into a graph
 * of their own, {@code <page#metadata>}, which says {@code foaf:primaryTopic} of the fragment;
 * the controls offer the graph too ({@code sd:graph}) and name the default graph
 * ({@code sd:defaultGraph <urn:ldf:defaultGraph>}). In a triple syntax the metadata are in the one
 * graph beside the data, and the controls are those of a Triple Pattern Fragments interface.
 *
 * <p>N-Triples and N-Quads are written in the order given here, which Comunica depends on (it
 * reads {@code sd:defaultGraph} only of a subject it has already seen as {@code void:subset} of the
 * page, and takes the last {@code void:subset} of the page as the fragment); the other syntaxes are
 * written by the publisher's one {@link RdfOutput}.
 */
final class FragmentDocument {
    /**
     * The addresses one page is described with.
     *
     * @param dataset  the interface as a dataset ({@code <base>fragments#dataset}), subject of the controls
     * @param template the search template
     * @param fragment the fragment, whatever the page (its first page's address)
     * @param page     the page as requested
     * @param previous the previous page, or null on the first
     * @param next     the next page, or null on the last
     */
    record Addresses(String dataset, String template, String fragment, String page, String previous, String next) {
        Addresses {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(fragment, "fragment");
            Objects.requireNonNull(page, "page");
        }
    }

    private final RdfOutput output;

    FragmentDocument(RdfOutput output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    /** The page in {@code syntax}: data in the order given, then the metadata. */
    byte[] render(RdfSyntax syntax, Addresses at, String title, List<Quad> data, long total, int pageSize) {
        List<Quad> all = new ArrayList<>(metadata(syntax.quads(), at, title, total, pageSize));
        for (Quad q : data)
            all.add(syntax.quads() ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (syntax == RdfSyntax.NQUADS || syntax == RdfSyntax.NTRIPLES) {
            StreamRDF out = StreamRDFWriter.getWriterStream(body, syntax == RdfSyntax.NQUADS ? Lang.NQUADS : Lang.NTRIPLES);
            out.start();
            for (Quad q : all)
                if (syntax.quads())
                    out.quad(q);
                else
                    out.triple(q.asTriple());
            out.finish();
        } else {
            DatasetGraph dataset = DatasetGraphFactory.create();
            all.forEach(dataset::add);
            output.write(syntax, dataset, body);
        }
        return body.toByteArray();
    }

    /** The metadata and controls, in the order they are written. */
    static List<Quad> metadata(boolean quads, Addresses at, String title, long total, int pageSize) {
        Node g = quads ? NodeFactory.createURI(at.page() + "#metadata") : Quad.defaultGraphIRI;
        Node dataset = iri(at.dataset());
        Node fragment = iri(at.fragment());
        Node page = iri(at.page());
        List<Quad> m = new ArrayList<>();
        if (quads)
            m.add(Quad.create(g, g, FOAF.primaryTopic.asNode(), fragment));
        // First, as the LDF server writes it: the dataset is a superset of this page. It must come
        // before sd:defaultGraph for Comunica to read that (see the class comment).
        m.add(Quad.create(g, dataset, VOID.subset.asNode(), page));
        if (!at.fragment().equals(at.page()))
            m.add(Quad.create(g, dataset, VOID.subset.asNode(), fragment));
        m.add(Quad.create(g, dataset, RDF.type.asNode(), VOID.Dataset.asNode()));
        m.add(Quad.create(g, dataset, RDF.type.asNode(), Hydra.COLLECTION));
        if (quads)
            m.add(Quad.create(g, dataset, SD.defaultGraph.asNode(), iri(FragmentRequest.DEFAULT_GRAPH)));
        Node search = NodeFactory.createBlankNode("search");
        m.add(Quad.create(g, dataset, Hydra.SEARCH, search));
        m.add(Quad.create(g, search, RDF.type.asNode(), Hydra.IRI_TEMPLATE));
        m.add(Quad.create(g, search, Hydra.TEMPLATE, NodeFactory.createLiteralString(at.template())));
        m.add(Quad.create(g, search, Hydra.VARIABLE_REPRESENTATION, Hydra.EXPLICIT_REPRESENTATION));
        mapping(m, g, search, "subject", RDF.subject.asNode());
        mapping(m, g, search, "predicate", RDF.predicate.asNode());
        mapping(m, g, search, "object", RDF.object.asNode());
        if (quads)
            mapping(m, g, search, "graph", SD.graph.asNode());

        m.add(Quad.create(g, page, RDF.type.asNode(), Hydra.PARTIAL_COLLECTION_VIEW));
        m.add(Quad.create(g, page, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en")));
        m.add(Quad.create(g, page, DCTerms.source.asNode(), dataset));
        Node count = NodeFactory.createLiteralDT(Long.toString(total), XSDDatatype.XSDinteger);
        m.add(Quad.create(g, page, Hydra.TOTAL_ITEMS, count));
        m.add(Quad.create(g, page, VOID.triples.asNode(), count));
        m.add(Quad.create(g, page, Hydra.ITEMS_PER_PAGE, NodeFactory.createLiteralDT(Integer.toString(pageSize), XSDDatatype.XSDinteger)));
        m.add(Quad.create(g, page, Hydra.FIRST, fragment));
        if (at.previous() != null)
            m.add(Quad.create(g, page, Hydra.PREVIOUS, iri(at.previous())));
        if (at.next() != null)
            m.add(Quad.create(g, page, Hydra.NEXT, iri(at.next())));
        // Last: the fragment is the page's superset that Comunica takes its metadata graph from.
        m.add(Quad.create(g, fragment, VOID.subset.asNode(), page));
        return m;
    }

    private static void mapping(List<Quad> m, Node g, Node search, String variable, Node property) {
        Node mapping = NodeFactory.createBlankNode(variable);
        m.add(Quad.create(g, search, Hydra.MAPPING, mapping));
        m.add(Quad.create(g, mapping, RDF.type.asNode(), Hydra.IRI_TEMPLATE_MAPPING));
        m.add(Quad.create(g, mapping, Hydra.VARIABLE, NodeFactory.createLiteralString(variable)));
        m.add(Quad.create(g, mapping, Hydra.PROPERTY, property));
        m.add(Quad.create(g, mapping, Hydra.REQUIRED, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
