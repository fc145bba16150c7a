package no.eukg.web.linked;

import java.util.Objects;
import java.util.function.Function;

import no.eukg.web.Site;

/**
 * The {@link GraphServices} of the dataset version the site serves now. A read-only graph keeps
 * one set for the server's life; a deployment with updates turned on moves to a new version
 * after each update, and the next request gets services (and caches) built afresh, the old
 * version's dump files deleted.
 */
final class VersionedServices {
    private final Site site;
    private final Function<String, GraphServices> build;
    private GraphServices current;

    /** Builds the services of the current version now, so that a problem shows at start-up. */
    VersionedServices(Site site, Function<String, GraphServices> build) {
        this.site = Objects.requireNonNull(site, "site");
        this.build = Objects.requireNonNull(build, "build");
        this.current = build.apply(site.version().tag());
    }

    synchronized GraphServices now() {
        String version = site.version().tag();
        if (!current.version().equals(version)) {
            GraphServices old = current;
            current = build.apply(version);
            old.dumps().close();
        }
        return current;
    }

    synchronized void close() {
        current.dumps().close();
    }
}
