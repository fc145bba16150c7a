package no.eukg.web.linked;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code ontology} template shows (built by {@link OntologyPage}): the ontology's header,
 * then its classes, properties and individuals, each through the {@code ontology-term} partial.
 *
 * @param namespace where the terms are, {@code <namespace>ontology#}
 * @param ontologyComment its {@code rdfs:comment}, shown apart from a {@code dct:description}
 * @param header version, dates, creator, licence
 * @param alternates the ontology in every RDF syntax
 */
record OntologyView(String title, String lang, String iri, String namespace, Optional<String> description,
        Optional<String> ontologyComment, List<HeaderRow> header, List<TermView> classes, List<TermView> properties,
        List<TermView> individuals, List<FormatLink> alternates) implements Templates.Localized {
    OntologyView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ontologyComment, "ontologyComment");
        header = List.copyOf(header);
        classes = List.copyOf(classes);
        properties = List.copyOf(properties);
        individuals = List.copyOf(individuals);
        alternates = List.copyOf(alternates);
    }

    /** The page's heading is its title. */
    String heading() { return title; }

    boolean hasHeader() { return !header.isEmpty(); }

    /**
     * One line of the header.
     *
     * @param property prefixed, e.g. {@code owl:versionInfo}
     */
    record HeaderRow(String property, HeaderValue value) {
        HeaderRow {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A header's value: a literal, or an IRI linked where it points. */
    record HeaderValue(String label, Optional<String> href) {
        HeaderValue {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
        }
    }

    /**
     * One term, at the anchor of its fragment.
     *
     * @param fragment e.g. {@code Country} for {@code <namespace>ontology#Country}
     * @param kind e.g. {@code owl:Class}
     * @param uses how often the data uses it
     * @param label in the page's language
     * @param otherLabel in the other language, if it has one
     */
    record TermView(String fragment, String iri, String kind, long uses, String label, Optional<String> otherLabel,
            Optional<String> comment, List<Link> domain, List<Link> range, List<Link> superClasses,
            List<Link> superProperties, List<Link> types) {
        TermView {
            Objects.requireNonNull(fragment, "fragment");
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(otherLabel, "otherLabel");
            Objects.requireNonNull(comment, "comment");
            domain = List.copyOf(domain);
            range = List.copyOf(range);
            superClasses = List.copyOf(superClasses);
            superProperties = List.copyOf(superProperties);
            types = List.copyOf(types);
        }

        boolean hasDomain() { return !domain.isEmpty(); }

        boolean hasRange() { return !range.isEmpty(); }

        boolean hasSuperClasses() { return !superClasses.isEmpty(); }

        boolean hasSuperProperties() { return !superProperties.isEmpty(); }

        boolean hasTypes() { return !types.isEmpty(); }
    }
}
