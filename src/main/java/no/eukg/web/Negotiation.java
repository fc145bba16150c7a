package no.eukg.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Content negotiation, in one place: a file extension on the path overrides {@code Accept};
 * otherwise the best offered type by q-value wins, ties going to the order of the offer; with no
 * {@code Accept} the first offer is the default. When nothing fits, the answer is 406, unless
 * the client accepts anything at all.
 */
public final class Negotiation {
    private final List<String> offered;
    private final Map<String, String> extensions;

    /**
     * @param offered    media types this resource can produce, the default first
     * @param extensions extension (without dot) to media type, e.g. {@code ttl -> text/turtle}
     */
    public Negotiation(List<String> offered, Map<String, String> extensions) {
        if (Objects.requireNonNull(offered, "offered").isEmpty())
            throw new IllegalArgumentException("nothing offered");
        this.offered = List.copyOf(offered);
        this.extensions = Map.copyOf(Objects.requireNonNull(extensions, "extensions"));
    }

    /** The extension of a path's last segment, if it is one this resource knows. */
    public Optional<String> extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash)
            return Optional.empty();
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.containsKey(ext) ? Optional.of(ext) : Optional.empty();
    }

    /** The path without a known extension. */
    public String stripExtension(String path) {
        return extension(path).map(ext -> path.substring(0, path.length() - ext.length() - 1)).orElse(path);
    }

    /** The media type for this request, or a 406 {@link HttpError}. */
    public String choose(HttpServletRequest request) {
        Optional<String> ext = extension(Objects.requireNonNullElse(request.getPathInfo(), request.getRequestURI()));
        if (ext.isPresent())
            return extensions.get(ext.get());
        return choose(request.getHeader("Accept"));
    }

    /** The media type for an {@code Accept} header value (null means anything). */
    public String choose(String accept) {
        if (accept == null || accept.isBlank())
            return offered.get(0);
        if (!AcceptHeader.isWellFormed(accept))
            throw HttpError.badRequest("malformed Accept header: '" + abbreviate(accept) + "'");
        AcceptList wanted = new AcceptList(accept);
        String best = null;
        double bestQ = 0;
        for (String type : offered) {
            double q = quality(wanted, MediaType.create(type));
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        if (best == null)
            throw HttpError.notAcceptable("none of " + offered + " is acceptable to '" + abbreviate(accept) + "'");
        return best;
    }

    public List<String> offered() { return offered; }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /**
     * The q-value the client gives a type: from the most specific range that matches it, or, for a
     * type with a structured-syntax suffix (RFC 6839: {@code application/ld+json} is JSON,
     * {@code application/rdf+xml} XML), a little less than the client gives the plain syntax, so
     * that {@code Accept: application/json} gets JSON-LD rather than 406 and an exact match wins.
     */
    private static double quality(AcceptList wanted, MediaType type) {
        double direct = directQuality(wanted, type);
        if (direct > 0)
            return direct;
        String sub = type.getSubType();
        int plus = sub.lastIndexOf('+');
        if (plus < 0)
            return 0;
        String plainSubType = sub.substring(plus + 1);
        // Only a range naming the plain syntax itself counts: */* already matched above.
        for (MediaRange range : wanted.entries())
            if (range.getType().equals(type.getType()) && range.getSubType().equals(plainSubType))
                return range.get_q() * 0.99;
        return 0;
    }

    private static double directQuality(AcceptList wanted, MediaType type) {
        double q = 0;
        int specificity = -1;
        for (MediaRange range : wanted.entries()) {
            if (!range.accepts(type))
                continue;
            int s = (range.getType().equals("*") ? 0 : 1) + (range.getSubType().equals("*") ? 0 : 1);
            if (s > specificity) {
                specificity = s;
                q = range.get_q();
            }
        }
        return q;
    }
}
