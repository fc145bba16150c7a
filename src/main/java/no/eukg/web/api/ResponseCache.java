package no.eukg.web.api;

import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.eukg.graph.DatasetVersion;
import no.eukg.web.QueryGate;
import no.eukg.web.Versioned;
import no.eukg.web.Conditional;

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

    /** The strong ETag of a key's representation, quotes included (the one recipe, {@link Conditional}). */
    public String etag(String key) {
        return Conditional.etag(version, key);
    }

    /** Entries kept now (for tests and metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
