package no.eukg.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.graph.DatasetVersion;

/**
 * The one in-memory cache of rendered responses, for every path family that renders from the
 * graph (canned-query answers, the API's catalogue and OpenAPI, resource pages and RDF
 * descriptions): bodies kept under their ETag ({@link Conditional}), which names the dataset
 * version and the variant, so nothing of an old version is ever served for a new one. Bounded by
 * bytes (least recently and least often used go first, Caffeine's W-TinyLFU); concurrent requests
 * for the same missing entry compute it once; a failure is not kept. When a newer version is first
 * asked for, the older version's entries are dropped at once rather than left to age out.
 */
public final class ResponseCache {
    /** Rendered responses kept in memory, in bytes. */
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    /**
     * What is kept: the body, its media type, and the headers that belong to this body (links to
     * other pages and formats, its Content-Location), so that a hit is answered without computing
     * anything: no query, no slot of the gate.
     */
    private static final String CONTENT_LOCATION = "Content-Location";

    public record Entry(byte[] body, String contentType, List<Header> headers) {
        /** One response header, in the order it is sent; a name may come more than once ({@code Link}). */
        public record Header(String name, String value) {
            public Header {
                Objects.requireNonNull(name, "name");
                Objects.requireNonNull(value, "value");
            }
        }

        public Entry {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            headers = List.copyOf(headers);
        }

        public Entry(byte[] body, String contentType) {
            this(body, contentType, List.of());
        }

        /** Sends it: its headers, media type and length, and the body unless the request is a HEAD. */
        public void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            for (Header h : headers)
                if (h.name().equalsIgnoreCase(CONTENT_LOCATION))
                    resp.setHeader(h.name(), h.value());
                else
                    resp.addHeader(h.name(), h.value());
            resp.setContentType(contentType);
            resp.setContentLength(body.length);
            if (!"HEAD".equals(req.getMethod()))
                resp.getOutputStream().write(body);
        }

        int weight() {
            int w = body.length + 64;
            for (Header h : headers)
                w += h.name().length() + h.value().length() + 16;
            return w;
        }
    }

    private final Cache<String, Entry> cache;
    private DatasetVersion newest;

    /** @param maxBytes the total size of the bodies (and keys) kept */
    public ResponseCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String k, Entry e) -> e.weight() + k.length())
                .build();
    }

    /** The entry kept under {@code etag}, an ETag of {@code version}, computed once if missing. */
    public Entry get(DatasetVersion version, String etag, Supplier<Entry> compute) {
        dropOlderThan(version);
        return cache.get(etag, k -> compute.get());
    }

    /**
     * Answers a GET of one variant of a version's data: its validators and a 304 when the client's
     * copy is current ({@link Conditional}); else the kept entry, computed once if missing, with
     * its headers. The one way a response derived from the graph is sent; the caller sets its
     * {@code Cache-Control} and {@code Vary} first.
     */
    public void answer(HttpServletRequest req, HttpServletResponse resp, DatasetVersion version, String variant,
                       Supplier<Entry> compute) throws IOException {
        String etag = Conditional.etag(version, variant);
        Entry entry = get(version, etag, compute);
        // A 304 carries the Content-Location its 200 would (RFC 9110, 15.4.5): a cache updating
        // its stored response from it must not lose which representation it holds.
        for (Entry.Header h : entry.headers())
            if (h.name().equalsIgnoreCase(CONTENT_LOCATION))
                resp.setHeader(h.name(), h.value());
        if (Conditional.notModified(req, resp, etag, version.loadedAt()))
            return;
        entry.send(req, resp);
    }

    /** Entries kept now (for tests and metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private synchronized void dropOlderThan(DatasetVersion version) {
        if (newest == null || isNewer(version, newest)) {
            if (newest != null && !newest.tag().equals(version.tag()))
                cache.invalidateAll();
            newest = version;
        }
    }

    private static boolean isNewer(DatasetVersion a, DatasetVersion b) {
        Instant ta = a.loadedAt();
        Instant tb = b.loadedAt();
        return !a.tag().equals(b.tag()) && !ta.isBefore(tb);
    }
}
