package no.eukg.testing;

import java.util.Objects;

/**
 * An unmodified Jena Fuseki running as a process ({@link JarProcess#bareFuseki}), serving one
 * dataset as {@code /ds} on {@code port}.
 */
public record BareFuseki(JarProcess process, int port) implements AutoCloseable {
    public BareFuseki {
        Objects.requireNonNull(process, "process");
    }

    /** Its SPARQL endpoint. */
    public String endpoint() {
        return JarProcess.fusekiEndpoint(port);
    }

    @Override
    public void close() {
        process.close();
    }
}
