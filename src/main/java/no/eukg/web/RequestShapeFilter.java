package no.eukg.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.ContentType;

/**
 * Turns away requests that no path family can serve, before they reach one: methods outside
 * HTTP's reading and Fuseki's refusing (TRACE would echo the request, cookies and all), malformed
 * {@code Accept} headers (Jena would silently skip them), and a body in a charset this JVM cannot
 * read (415: Jetty would fail the first look at a parameter with a bare 400, and Fuseki read the
 * body as UTF-8 anyway). What only {@code /sparql} refuses, {@code web/sparql}'s ProtocolFilter does.
 */
final class RequestShapeFilter implements Filter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE");


    private final ErrorWriter errors;

    RequestShapeFilter(ErrorWriter errors) {
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        if (errors.refused(http, out, () -> check(http, out)))
            return;
        chain.doFilter(req, res);
    }

    private static void check(HttpServletRequest http, HttpServletResponse out) {
        if (!METHODS.contains(http.getMethod())) {
            out.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            throw HttpError.methodNotAllowed("method " + http.getMethod() + " is not supported here");
        }
        String accept = http.getHeader("Accept");
        if (!AcceptHeader.isWellFormed(accept))
            throw HttpError.badRequest("malformed Accept header");
        // The header as sent: Jetty's getContentType() throws on a charset it does not know.
        checkCharset(http.getHeader("Content-Type"));
    }

    /** A 415 naming the charset of a body this JVM cannot decode. */
    private static void checkCharset(String contentType) {
        if (contentType == null)
            return;
        String charset = ContentType.create(contentType).getCharset();
        boolean known;
        try {
            known = charset == null || Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known)
            throw new HttpError(415, "the request's charset '" + charset + "' (in Content-Type) is not one this server reads; send UTF-8");
    }
}
