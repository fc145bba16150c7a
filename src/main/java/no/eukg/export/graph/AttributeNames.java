package no.eukg.export.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Names for node attributes made from predicates: a prefixed name such as {@code skos:altLabel}.
 * Every name is an XML NMTOKEN (GraphML requires it of {@code attr.name}) and contains a colon,
 * so it never collides with the fixed attributes ({@code label}, {@code class}, {@code degree}...).
 * Namespaces without a well-known prefix get {@code ns1}, {@code ns2}... in IRI order.
 */
final class AttributeNames {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry(RDF.getURI(), "rdf"), Map.entry(RDFS.getURI(), "rdfs"), Map.entry(OWL.getURI(), "owl"),
            Map.entry(XSD.NS, "xsd"), Map.entry(SKOS.getURI(), "skos"), Map.entry(DCTerms.getURI(), "dcterms"),
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"), Map.entry("http://xmlns.com/foaf/0.1/", "foaf"),
            Map.entry("http://schema.org/", "schema"), Map.entry("https://schema.org/", "schema"),
            Map.entry("http://www.w3.org/ns/org#", "org"), Map.entry("http://www.w3.org/ns/prov#", "prov"),
            Map.entry("http://www.w3.org/2006/time#", "time"), Map.entry("http://www.w3.org/ns/dcat#", "dcat"),
            Map.entry("http://rdfs.org/ns/void#", "void"), Map.entry("http://www.w3.org/ns/shacl#", "sh"),
            Map.entry("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "nif"),
            Map.entry("http://www.w3.org/2005/11/its/rdf#", "itsrdf"), Map.entry("http://www.w3.org/ns/locn#", "locn"));

    private final Map<String, String> names = new HashMap<>();

    /** Names for all of {@code predicates} at once, so generated prefixes do not depend on order. */
    AttributeNames(Set<String> predicates, String ontologyNs) {
        Map<String, String> prefixes = new HashMap<>(KNOWN);
        prefixes.put(ontologyNs, "nkg");
        TreeSet<String> unknown = new TreeSet<>();
        for (String p : predicates)
            if (!prefixes.containsKey(namespace(p)))
                unknown.add(namespace(p));
        int n = 1;
        for (String ns : unknown)
            prefixes.put(ns, "ns" + n++);
        Set<String> used = new HashSet<>();
        for (String p : new TreeSet<>(predicates)) {
            String name = prefixes.get(namespace(p)) + ":" + nmtoken(p.substring(namespace(p).length()));
            String unique = name;
            for (int i = 2; !used.add(unique); i++)
                unique = name + "_" + i;
            names.put(p, unique);
        }
    }

    String name(String predicate) {
        String name = names.get(predicate);
        if (name == null)
            throw new IllegalArgumentException("no attribute name made for " + predicate);
        return name;
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? "" : iri.substring(0, cut + 1);
    }

    private static String nmtoken(String local) {
        StringBuilder b = new StringBuilder();
        local.codePoints().forEach(c -> b.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        return b.isEmpty() ? "_" : b.toString();
    }
}
