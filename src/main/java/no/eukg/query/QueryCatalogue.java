package no.eukg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.eukg.graph.GraphSourceException;
import no.eukg.graph.Namespace;

/**
 * The canned queries of a project, one {@code queries/NAME.rq} file each, read and checked once at
 * start-up: a query that does not parse, a bad header or a bad parameter stops the start, naming
 * the file and line.
 */
public final class QueryCatalogue {
    private static final int SUGGESTIONS = 3;
    private final SortedMap<String, CannedQuery> byName;

    private QueryCatalogue(SortedMap<String, CannedQuery> byName) {
        // Sorted, so that every listing (the catalogue, its JSON, the OpenAPI paths) has one stable
        // order whatever order the file system lists the files in.
        this.byName = Collections.unmodifiableSortedMap(new TreeMap<>(byName));
    }

    /**
     * Reads query files.
     *
     * @param files the {@code .rq} files, e.g. {@code ProjectFiles.queryFiles()}
     * @param namespace the canonical namespace that relative IRIs in the queries resolve against
     * @throws GraphSourceException for the first broken file
     */
    public static QueryCatalogue load(List<Path> files, Namespace namespace) {
        String base = Objects.requireNonNull(namespace, "namespace").iri();
        SortedMap<String, CannedQuery> byName = new TreeMap<>();
        for (Path file : files) {
            CannedQuery q = CannedQuery.read(file, read(file), base);
            CannedQuery clash = byName.put(q.name(), q);
            if (clash != null)
                throw new GraphSourceException(file, -1, -1, "a second query named '" + q.name() + "' (the first is " + clash.file() + ")");
        }
        return new QueryCatalogue(byName);
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new GraphSourceException(file, -1, -1, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every query, sorted by name. */
    public Collection<CannedQuery> queries() { return byName.values(); }

    public Optional<CannedQuery> find(String name) { return Optional.ofNullable(byName.get(name)); }

    /** The query of that name, or a {@link QueryProblem} that suggests the nearest names. */
    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q != null)
            return q;
        List<String> near = nearest(name);
        throw new QueryProblem(QueryProblem.Kind.UNKNOWN_QUERY, "no query named '" + name + "'"
                + (near.isEmpty() ? " (the catalogue is empty)" : "; did you mean " + String.join(", ", near) + "?"));
    }

    /** The names closest to {@code name} by edit distance, nearest first. */
    public List<String> nearest(String name) {
        return byName.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> distance(name, n)).thenComparing(n -> n))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
