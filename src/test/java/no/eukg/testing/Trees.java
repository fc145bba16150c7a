package no.eukg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of folder trees: a project to break in a test without touching the original. */
public final class Trees {
    private Trees() { }

    /** Copies every folder and file under {@code from} into {@code to}; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        }
        return to;
    }
}
