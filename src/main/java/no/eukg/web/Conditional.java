package no.eukg.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.EtagUtils;

import no.eukg.graph.DatasetVersion;

/**
 * The one conditional-GET helper: every response derived from the graph gets a strong ETag made
 * the same way (the dataset's version and a hash of the variant: path, media type, language,
 * parameters) and {@code Last-Modified} from the time the data was loaded; a matching
 * {@code If-None-Match} (or, without one, an {@code If-Modified-Since} not before the load) gets
 * 304. Linked data, the canned-query API and the graph exports all use it, so an update (a new
 * version) changes every validator at once.
 */
public final class Conditional {
    private Conditional() { }

    /** The strong ETag of one variant of a version's data, quotes included. */
    public static String etag(DatasetVersion version, String variant) {
        return "\"" + version.tag() + "-" + HexFormat.of().formatHex(sha256(variant), 0, 10) + "\"";
    }

    /**
     * Sets the validators of one variant of a version's data and answers 304 when the client's
     * copy is current: the ETag and {@code Last-Modified} come from the one version given, so an
     * update between the two cannot mix them.
     *
     * @return true when a 304 was sent and nothing more should be written
     */
    public static boolean notModified(HttpServletRequest req, HttpServletResponse resp, DatasetVersion version, String variant) {
        return notModified(req, resp, etag(version, variant), version.loadedAt());
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current.
     *
     * @return true when a 304 was sent and nothing more should be written
     */
    public static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant modified) {
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
        if (fresh) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            // Sent now, headers only: Jetty would otherwise complete it with Content-Length: 0,
            // which RFC 9110 (8.6) forbids for a 304 whose 200 has a body. The caller has set
            // every header the 200 would carry that a 304 must repeat (Content-Location, Vary).
            try {
                resp.flushBuffer();
            } catch (java.io.IOException gone) {
                throw new java.io.UncheckedIOException(gone);
            }
        }
        return fresh;
    }

    /**
     * True when an {@code If-None-Match} list holds the tag or {@code *}. The comparison is weak, as
     * RFC 9110 asks for this header ({@code W/"x"} matches {@code "x"}), and Jetty's
     * {@link EtagUtils} sees through the suffix its gzip handler adds to compressed responses' tags.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank())
            return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/"))
                c = c.substring(2);
            if (c.equals("*") || EtagUtils.matches(etag, c))
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
