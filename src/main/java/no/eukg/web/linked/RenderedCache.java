package no.eukg.web.linked;

import java.util.function.Supplier;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;

/**
 * Response bodies already rendered, keyed by their ETag (which names the dataset version and the
 * variant), so a repeated request for a page or a description costs a lookup. A new dataset
 * version has new ETags, so nothing stale is ever served.
 */
final class RenderedCache {
    private final Cache<String, byte[]> bodies;

    RenderedCache(int entries) {
        this.bodies = CacheFactory.createCache(entries);
    }

    byte[] get(String etag, Supplier<byte[]> render) {
        return bodies.get(etag, k -> render.get());
    }
}
