package no.eukg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

import no.eukg.web.UpdateAccess;

/**
 * {@code --update}: turns on SPARQL Update at {@code /update} for one user. The credentials come
 * from a file or an environment variable, never from the command line (which other users of the
 * machine can read in the process list).
 */
final class UpdateOptions {
    static final String ENV = "EUKG_UPDATE_CREDENTIALS";

    @Option(names = "--update", description = "Accept SPARQL Update at /update, for the user in --credentials-file or $" + ENV + " (default: off, read-only).")
    boolean enabled;

    @Option(names = "--credentials-file", paramLabel = "FILE", description = "A file whose first line is user:password, for --update.")
    Path credentialsFile;

    /** @throws IllegalArgumentException when updates are on without usable credentials */
    Optional<UpdateAccess> access() {
        if (!enabled) {
            if (credentialsFile != null)
                throw new IllegalArgumentException("--credentials-file is only for --update");
            return Optional.empty();
        }
        if (credentialsFile != null) {
            try {
                return Optional.of(UpdateAccess.parse(Files.readAllLines(credentialsFile).stream().findFirst().orElse("")));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --credentials-file " + credentialsFile + ": " + e.getMessage());
            }
        }
        String env = System.getenv(ENV);
        if (env == null || env.isBlank())
            throw new IllegalArgumentException("--update needs credentials: --credentials-file FILE or $" + ENV + " (user:password)");
        return Optional.of(UpdateAccess.parse(env));
    }
}
