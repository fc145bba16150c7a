package no.eukg.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.eukg.graph.DatasetVersion;
import no.eukg.web.QueryGate;
import no.eukg.web.Versioned;

/**
 * Rendered responses of the canned-query API for one version of the dataset (one cache is kept
 * per version, see {@link Versioned}, so nothing of an old version is served). Bounded by bytes (least recently and least often used go first, Caffeine's
 * W-TinyLFU); concurrent requests for the same missing entry compute it once.
 *
 * <p>A missing entry is computed in a slot of the {@link QueryGate}; a hit takes none.
 *
 * <p>The strong ETag of an entry is the dataset's version and a digest of the key, so it is known
 * before anything runs: {@code If-None-Match} is answered 304 without running the query.
 */
public final class ResponseCache {
    /** What is kept: the body, its media type, and for a page whether a next page exists. */
    public record Entry(byte[] body, String contentType, boolean hasNext) {
        public Entry {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    private final Cache<String, Entry> cache;
    private final DatasetVersion version;
    private final QueryGate gate;

    /** @param maxBytes the total size of the bodies kept */
    public ResponseCache(DatasetVersion version, long maxBytes, QueryGate gate) {
        this.version = Objects.requireNonNull(version, "version");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String k, Entry e) -> e.body().length + k.length() + 64)
                .build();
    }

    /** The version of the dataset whose answers are kept here. */
    public DatasetVersion version() { return version; }

    /** The entry for a key, computed once if missing. A failure (a full gate among them) is not kept. */
    public Entry get(String key, Supplier<Entry> compute) {
        return cache.get(key, k -> gate.evaluate(compute));
    }

    /** The strong ETag of a key's representation, quotes included. */
    public String etag(String key) {
        return "\"" + version.tag() + "-" + HexFormat.of().formatHex(sha256(key), 0, 10) + "\"";
    }

    /** Entries kept now (for tests and metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * True when an {@code If-None-Match} header names this ETag (or is {@code *}). Comparison is
     * weak, as RFC 9110 asks for this header, so {@code W/"x"} matches {@code "x"}.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank())
            return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*"))
                return true;
            if (c.startsWith("W/"))
                c = c.substring(2);
            if (c.equals(etag))
                return true;
        }
        return false;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
