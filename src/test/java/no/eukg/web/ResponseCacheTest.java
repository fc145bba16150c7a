package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import no.eukg.graph.DatasetVersion;

/** The one cache of rendered responses: kept by ETag, computed once, emptied when a newer version comes. */
class ResponseCacheTest {
    private static final DatasetVersion V1 = new DatasetVersion("v1", Instant.parse("2026-12-01T00:00:00Z"));
    private static final DatasetVersion V2 = new DatasetVersion("v1-u2", Instant.parse("2026-12-02T00:00:00Z"));

    private static ResponseCache.Entry entry(String body) {
        return new ResponseCache.Entry(body.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void an_entry_is_computed_once_and_then_served_from_memory() {
        ResponseCache cache = new ResponseCache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        String etag = Conditional.etag(V1, "page|norway");
        for (int i = 0; i < 3; i++)
            assertEquals("A", new String(cache.get(V1, etag, () -> { computed.incrementAndGet(); return entry("A"); }).body(), StandardCharsets.UTF_8));
        assertEquals(1, computed.get());
    }

    @Test
    void a_newer_version_drops_what_the_older_one_kept_and_an_older_request_does_not_drop_the_newer() {
        ResponseCache cache = new ResponseCache(1 << 20);
        cache.get(V1, Conditional.etag(V1, "a"), () -> entry("old a"));
        cache.get(V1, Conditional.etag(V1, "b"), () -> entry("old b"));
        assertEquals(2, cache.size());
        cache.get(V2, Conditional.etag(V2, "a"), () -> entry("new a"));
        assertEquals(1, cache.size(), "the old version's entries are gone");
        cache.get(V1, Conditional.etag(V1, "c"), () -> entry("late old c"));
        assertEquals(2, cache.size(), "a late request of the old version drops nothing of the new");
    }

    @Test
    void a_failure_is_not_kept() {
        ResponseCache cache = new ResponseCache(1 << 20);
        String etag = Conditional.etag(V1, "x");
        assertThrows(IllegalStateException.class, () -> cache.get(V1, etag, () -> { throw new IllegalStateException("store down"); }));
        assertEquals("ok", new String(cache.get(V1, etag, () -> entry("ok")).body(), StandardCharsets.UTF_8));
    }

    @Test
    void the_size_is_bounded_by_bytes() {
        ResponseCache cache = new ResponseCache(10_000);
        for (int i = 0; i < 100; i++)
            cache.get(V1, Conditional.etag(V1, "k" + i), () -> entry("x".repeat(1000)));
        long kept = cache.size();
        assertEquals(true, kept < 100 && kept > 0, kept + " of 100 entries of 1 kB kept in 10 kB");
    }
}
