package no.eukg.validate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

import no.eukg.vocab.Nif;

/**
 * Finds where a node of the checked graph comes from, so a problem about it can be reported at a
 * line: a sentence or mention of the source text at its place in the text file, anything else
 * where it first appears as a subject in the RDF files, and a blank node (or an IRI that is only
 * ever an object) where what points at it is.
 */
final class Locator {
    private static final int PARENT_DEPTH = 3;

    private final Path root;
    private final String textPrefix;
    private final FileLocations files;
    private final Optional<TextPositions> text;
    private final Graph data;

    /**
     * @param root       the project folder, where a problem goes that has no better place
     * @param sourceIri  the IRI of the source text's {@code nif:Context}
     * @param files      where subjects appear in the RDF files
     * @param text       the source text file, when there is one
     * @param data       the checked graph, which holds the NIF offsets
     */
    Locator(Path root, String sourceIri, FileLocations files, Optional<TextPositions> text, Graph data) {
        this.root = Objects.requireNonNull(root, "root");
        this.textPrefix = Objects.requireNonNull(sourceIri, "sourceIri") + "/";
        this.files = Objects.requireNonNull(files, "files");
        this.text = Objects.requireNonNull(text, "text");
        this.data = Objects.requireNonNull(data, "data");
    }

    Location locate(Node node) {
        return find(node, PARENT_DEPTH).orElse(Location.of(root));
    }

    /** The place in the text file of a character offset, if the project has a source text. */
    Optional<Location> inText(long offset) {
        return text.map(t -> t.at(offset));
    }

    private Optional<Location> find(Node node, int depth) {
        if (node.isURI()) {
            Optional<Location> found = inText(node);
            if (found.isEmpty())
                found = files.find(node.getURI());
            if (found.isPresent())
                return found;
        }
        if (depth == 0)
            return Optional.empty();
        ExtendedIterator<Triple> parents = data.find(Node.ANY, Node.ANY, node);
        try {
            while (parents.hasNext()) {
                Node parent = parents.next().getSubject();
                if (!parent.equals(node)) {
                    Optional<Location> found = find(parent, depth - 1);
                    if (found.isPresent())
                        return found;
                }
            }
        } finally {
            parents.close();
        }
        return Optional.empty();
    }

    private Optional<Location> inText(Node node) {
        if (text.isEmpty() || !node.getURI().startsWith(textPrefix))
            return Optional.empty();
        ExtendedIterator<Triple> begin = data.find(node, Nif.BEGIN_INDEX, Node.ANY);
        try {
            while (begin.hasNext()) {
                Node o = begin.next().getObject();
                if (o.isLiteral()) {
                    try {
                        return inText(Long.parseLong(o.getLiteralLexicalForm()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
        } finally {
            begin.close();
        }
        return Optional.empty();
    }
}
