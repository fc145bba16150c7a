package no.eukg.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

import no.eukg.graph.Namespace;

/**
 * The prefixes every RDF document of the publisher uses (dumps, resource descriptions, the
 * ontology, VoID), and the JSON-LD context made from them. One list, so that a Turtle dump and a
 * JSON-LD description abbreviate the same IRIs the same way.
 */
public final class Prefixes {
    private final Map<String, String> map;

    /** @param namespace the graph's canonical namespace: its own prefixes are under it */
    public Prefixes(Namespace namespace) {
        Objects.requireNonNull(namespace, "namespace");
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kg", namespace.resources());
        m.put("fact", namespace.facts());
        m.put("src", namespace.source() + "/");
        m.put("nkg", namespace.ontologyTerms());
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("schema", "http://schema.org/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        m.put("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        m.put("spdx", "http://spdx.org/rdf/terms#");
        m.put("wd", "http://www.wikidata.org/entity/");
        m.put("eurovoc", "http://eurovoc.europa.eu/");
        m.put("dc", "http://purl.org/dc/elements/1.1/");
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        m.put("locn", "http://www.w3.org/ns/locn#");
        this.map = Collections.unmodifiableMap(m);
    }

    /** Prefix to namespace, in a stable order. */
    public Map<String, String> asMap() { return map; }

    /** A fresh Jena prefix map with these prefixes. */
    public PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        map.forEach(pm::add);
        return pm;
    }

    /** The IRI as {@code prefix:local} when one of these namespaces holds it, else the IRI itself. */
    public String abbreviate(String iri) {
        for (Map.Entry<String, String> e : map.entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }

    /** The namespace of a prefix, or null. */
    public String namespace(String prefix) { return map.get(prefix); }
}
