package no.eukg.web.api;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.eukg.web.Conditional;

/** Conditional, cached responses of the canned-query API. */
final class CachedResponses {
    /** Browsers and proxies may reuse a response for this long, then revalidate with its ETag. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private CachedResponses() { }

    /**
     * Answers from the cache: 304 when {@code If-None-Match} names the key's ETag (nothing runs),
     * else the kept or freshly computed body.
     *
     * @return the entry sent, or null for a 304
     */
    static ResponseCache.Entry send(HttpServletRequest req, HttpServletResponse resp, ResponseCache cache,
                                    String key, Supplier<ResponseCache.Entry> compute, java.util.function.Consumer<ResponseCache.Entry> beforeBody) throws IOException {
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setHeader("Vary", "Accept");
        if (Conditional.notModified(req, resp, cache.etag(key), cache.version().loadedAt()))
            return null;
        ResponseCache.Entry entry = cache.get(key, compute);
        beforeBody.accept(entry);
        resp.setContentType(entry.contentType());
        resp.setContentLength(entry.body().length);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(entry.body());
        return entry;
    }
}
