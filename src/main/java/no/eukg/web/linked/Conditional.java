package no.eukg.web.linked;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.graph.DatasetVersion;

/**
 * Validators for responses derived from the immutable graph: a strong ETag from the dataset's
 * version and the variant (path, media type, language...), and {@code Last-Modified} from the
 * time the data was loaded. A matching {@code If-None-Match} (or, without one, an
 * {@code If-Modified-Since} not before the load) gets 304.
 */
final class Conditional {
    private final Supplier<DatasetVersion> version;

    /** @param version the version served now (it changes after an update, when updates are on) */
    Conditional(Supplier<DatasetVersion> version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    /** The strong ETag of one variant of the data. */
    String etag(String variant) {
        return "\"" + version.get().tag() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current.
     *
     * @return true when a 304 was sent and nothing more should be written
     */
    boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag) {
        return notModified(req, resp, etag, version.get().loadedAt());
    }

    /** As {@link #notModified(HttpServletRequest, HttpServletResponse, String)} with another modification time. */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant modified) {
        Instant lastModified = modified.truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod()))
            return false;
        String inm = req.getHeader("If-None-Match");
        boolean fresh;
        if (inm != null) {
            fresh = matches(inm, etag);
        } else {
            long ims;
            try {
                ims = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException unreadable) {
                ims = -1;
            }
            fresh = ims >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(ims));
        }
        if (fresh)
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return fresh;
    }

    /** True when an {@code If-None-Match} list holds the tag or {@code *} (weak comparison, as RFC 9110 asks for it). */
    static boolean matches(String ifNoneMatch, String etag) {
        String bare = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(bare))
                return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        // Jetty's gzip handler marks the tags of compressed responses with a suffix.
        int gz = t.indexOf("--gzip");
        if (gz >= 0)
            t = t.substring(0, gz) + t.substring(gz + "--gzip".length());
        return t;
    }
}
