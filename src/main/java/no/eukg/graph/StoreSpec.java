package no.eukg.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code --store} option: {@code mem}, {@code tdb2:DIR} or {@code sparql:URL}.
 */
public sealed interface StoreSpec {

    /** The graph is loaded from the project files into memory at start. */
    record Mem() implements StoreSpec {
        @Override public String toString() { return "mem"; }
    }

    /** A persistent TDB2 database directory. */
    record Tdb2(Path dir) implements StoreSpec {
        public Tdb2 { Objects.requireNonNull(dir, "dir"); }
        @Override public String toString() { return "tdb2:" + dir; }
    }

    /** Any SPARQL 1.1 query endpoint. */
    record Sparql(String endpoint) implements StoreSpec {
        public Sparql { Objects.requireNonNull(endpoint, "endpoint"); }
        @Override public String toString() { return "sparql:" + endpoint; }
    }

    /**
     * Parses the option's value.
     *
     * @throws IllegalArgumentException with a message that shows the accepted forms
     */
    static StoreSpec parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.equals("mem"))
            return new Mem();
        if (value.startsWith("tdb2:") && value.length() > "tdb2:".length())
            return new Tdb2(Path.of(value.substring("tdb2:".length())));
        if (value.startsWith("sparql:")) {
            String url = value.substring("sparql:".length());
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL in '" + value + "': " + e.getMessage());
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
                throw new IllegalArgumentException("'" + value + "': the endpoint must be an http or https URL");
            return new Sparql(url);
        }
        throw new IllegalArgumentException("unknown store '" + value + "': expected mem, tdb2:DIR or sparql:URL");
    }
}
