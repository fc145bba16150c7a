package no.eukg.web.linked;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

import no.eukg.export.RdfSyntax;
import no.eukg.graph.Namespace;
import no.eukg.web.IriText;

/**
 * The publisher's addresses, all absolute on the public base (never the address the server
 * happens to listen on, so links and redirects are right behind a proxy): the page and data
 * documents of each resource IRI under {@code <namespace>id/}, and links to anything else.
 *
 * <p>Two roots, kept apart: the graph's canonical {@link Namespace} names things, the public
 * base says where this server is. A canonical IRI's path is served here ({@code <namespace>id/norway}
 * at {@code <base>id/norway}), so a reader browsing this server stays on it.
 *
 * <p>IRIs may hold characters a URL may not (a resource named {@code tromsø}); they are
 * percent-encoded as UTF-8 in every link and {@code Location}, and decoded again on the way in.
 */
final class Links {
    private final Namespace namespace;
    private final String base;
    private final String idNs;

    Links(Namespace namespace, String base) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.base = Objects.requireNonNull(base, "base");
        this.idNs = namespace.resources();
    }

    Namespace namespace() { return namespace; }

    String base() { return base; }

    /** An absolute link to a path of this server ({@code path} without the leading slash). */
    String to(String path) { return base + path; }

    /** The local name of an IRI under {@code <namespace>id/}, e.g. {@code norway}. */
    Optional<String> localId(Node iri) {
        if (!iri.isURI() || !iri.getURI().startsWith(idNs) || iri.getURI().length() == idNs.length())
            return Optional.empty();
        return Optional.of(iri.getURI().substring(idNs.length()));
    }

    /** The IRI whose local name under {@code <namespace>id/} is {@code local}. */
    String iri(String local) { return idNs + local; }

    /** The HTML page of a resource IRI under id/. */
    String page(String local) { return base + "page/" + encode(local); }

    /** The RDF document of a resource IRI under id/, in one syntax. */
    String data(String local, RdfSyntax syntax) { return base + "data/" + encode(local) + "." + syntax.extension(); }

    /** The negotiated RDF document (no extension). */
    String data(String local) { return base + "data/" + encode(local); }

    /**
     * Where a reader should go for a node: the page of a resource under id/, this server's copy of
     * any other canonical IRI (the ontology's documentation for its terms), the IRI itself for
     * anything the graph does not mint.
     */
    String href(Node n) {
        Optional<String> local = localId(n);
        if (local.isPresent())
            return page(local.get());
        // The base is a URL already, so encoding the whole copy encodes only the path.
        return encode(namespace.copyOn(base, n.getURI()));
    }

    /** True for IRIs that the graph does not mint. */
    boolean isExternal(Node n) {
        return n.isURI() && !namespace.contains(n.getURI());
    }

    /** True for the ontology, its versions and its terms. */
    boolean isOntology(Node n) {
        String ontology = namespace.ontology();
        return n.isURI() && (n.getURI().equals(ontology) || n.getURI().startsWith(namespace.ontologyTerms())
                || n.getURI().startsWith(ontology + "/"));
    }

    /** The SPARQL endpoint answering {@code DESCRIBE <iri>}. The query is built as syntax, not spliced text. */
    String sparqlDescribe(Node iri) {
        Query q = new Query();
        q.setQueryDescribeType();
        q.addDescribeNode(iri);
        return base + "sparql?query=" + URLEncoder.encode(q.serialize(), StandardCharsets.UTF_8);
    }

    /** A canned query run with one IRI parameter. */
    String cannedQuery(String name, String parameter, Node iri) {
        return base + "api/queries/" + encode(name) + "?" + URLEncoder.encode(parameter, StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(iri.getURI(), StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes (as UTF-8) every character a URI may not hold, leaving reserved characters
     * and existing escapes alone: {@code tromsø} becomes {@code troms%C3%B8}.
     */
    static String encode(String s) {
        return IriText.escape(s, "");
    }
}
