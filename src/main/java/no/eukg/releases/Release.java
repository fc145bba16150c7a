package no.eukg.releases;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * One release of the dataset.
 *
 * @param iri         its canonical IRI, {@code <namespace>id/release/VERSION}
 * @param version     {@code dcat:version}, e.g. {@code 1.1.0}
 * @param issued      {@code dcterms:issued}, as written (an {@code xsd:date})
 * @param description what it is, in English
 * @param previous    the release before it ({@code dcat:previousVersion}), if any
 * @param dump        its full dataset as published (N-Quads, gzipped); empty for the current
 *                    release, which is the graph being served
 */
public record Release(Node iri, String version, String issued, String description, Optional<Node> previous, Optional<Path> dump) {
    public Release {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(dump, "dump");
    }

    /** True for the release being served. */
    public boolean current() { return dump.isEmpty(); }
}
