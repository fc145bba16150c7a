package no.eukg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file-system side of a TDB2 database directory: its numbered storage folders
 * {@code Data-NNNN} (TDB2 opens the highest), durable renames, deletion, and what to say when a
 * write was refused. Part of {@link Tdb2Stores}' atomic loads.
 */
final class Tdb2Folders {
    private static final Pattern STORAGE = Pattern.compile("Data-(\\d+)");

    private Tdb2Folders() { }

    /** What to tell a person when the JVM could not write a database file ({@code e} may be null). */
    static String writeFailure(Path dir, Throwable e) {
        try {
            long free = Files.getFileStore(dir.toAbsolutePath()).getUsableSpace();
            if (free < 64L * 1024 * 1024)
                return "No space left on device (" + free / 1024 + " KB free where " + dir + " is) while writing the index files";
        } catch (IOException | RuntimeException ignored) {
            // The file system cannot tell; say what is known.
        }
        return e == null ? "a database file could not be written"
                : "the file system refused a write to the index files (" + e.getMessage() + ")";
    }

    /** The single storage folder TDB2 created in a fresh container. */
    static Path storageIn(Path container) throws IOException {
        OptionalInt n = currentStorage(container);
        if (n.isEmpty())
            throw new IOException("the scratch database in " + container + " has no storage folder");
        return container.resolve(storageName(n.getAsInt()));
    }

    static String storageName(int generation) {
        return String.format("Data-%04d", generation);
    }

    /** The number of the highest {@code Data-NNNN} folder in {@code dir}: the one TDB2 opens. */
    static OptionalInt currentStorage(Path dir) {
        if (!Files.isDirectory(dir))
            return OptionalInt.empty();
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> STORAGE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes a rename durable across a power cut, where the platform allows it. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the rename itself is still atomic.
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root))
            return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
