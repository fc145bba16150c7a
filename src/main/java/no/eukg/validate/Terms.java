package no.eukg.validate;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Writes nodes and property paths the way the data files write them: IRIs under the base
 * relative to it ({@code <id/norway>}), common vocabularies by prefix ({@code rdfs:label}).
 */
final class Terms {
    private final Prologue prologue;

    Terms(String base) {
        Objects.requireNonNull(base, "base");
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("schema", "http://schema.org/")
                .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
                .setNsPrefix("itsrdf", "http://www.w3.org/2005/11/its/rdf#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .lock();
        this.prologue = new Prologue(prefixes, IRIxResolver.create(base).build());
    }

    String node(Node node) {
        if (node.isBlank())
            return "a blank node";
        return FmtUtils.stringForNode(node, prologue);
    }

    String path(Path path) {
        return PathWriter.asString(path, prologue);
    }
}
