package no.eukg.web.api;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.web.Conditional;
import no.eukg.web.ResponseCache;
import no.eukg.web.Site;

/** Conditional, cached responses of the canned-query API. */
final class CachedResponses {
    /** Browsers and proxies may reuse a response for this long, then revalidate with its ETag. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private CachedResponses() { }

    /**
     * Answers from the site's cache: 304 when {@code If-None-Match} names the key's ETag (nothing
     * runs), else the kept body, or one computed in a slot of the query gate (a hit takes none).
     *
     * @param api the API of the version answering, whose version names the ETag
     */
    static void send(HttpServletRequest req, HttpServletResponse resp, Site site, QueryApi api,
                     String key, Supplier<ResponseCache.Entry> compute) throws IOException {
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        site.responses().answer(req, resp, api.version(), key, () -> site.gate().evaluate(compute));
    }
}
