package no.eukg.web.linked;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the graph as a page shows it: a resource as a link to its page, a blank node by name
 * only, or a literal with its language or datatype as a tag.
 *
 * @param href the node's page on this server; empty for a blank node or a literal
 * @param iri the node's IRI, for a tooltip; empty for a blank node or a literal
 * @param valueLang a literal's language tag
 * @param datatype a literal's datatype, prefixed; empty for {@code xsd:string} and language-tagged literals
 */
record NodeView(String label, Optional<String> href, Optional<String> iri, boolean literal, Optional<String> valueLang,
        Optional<String> datatype) {
    NodeView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(valueLang, "valueLang");
        Objects.requireNonNull(datatype, "datatype");
    }

    static NodeView ofResource(String label, String href, String iri) {
        return new NodeView(label, Optional.of(href), Optional.of(iri), false, Optional.empty(), Optional.empty());
    }

    static NodeView ofBlankNode() {
        return new NodeView("(blank node)", Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    static NodeView ofLiteral(String label, Optional<String> valueLang, Optional<String> datatype) {
        return new NodeView(label, Optional.empty(), Optional.empty(), true, valueLang, datatype);
    }
}
