package no.eukg.web.fragments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

import no.eukg.web.IriText;

/**
 * The addresses of fragments: the path and query of a pattern's page, relative to the site's root
 * ({@code fragments?subject=...&page=2}), with its terms written as the LDF clients write them
 * ({@link TermSyntax}) and its parameters in one order, so that one page has one address.
 */
final class FragmentLinks {
    /** The path of the interface, relative to the site's root. */
    static final String PATH = "fragments";

    private FragmentLinks() { }

    /** The page's address relative to the site's root; page 1 has no {@code page=}. */
    static String relative(QuadPattern pattern, int page, Optional<String> format) {
        List<String> params = new ArrayList<>();
        add(params, "subject", pattern.subject());
        add(params, "predicate", pattern.predicate());
        add(params, "object", pattern.object());
        switch (pattern.scope()) {
            case DEFAULT -> params.add("graph=" + encode(FragmentRequest.DEFAULT_GRAPH));
            case NAMED -> add(params, "graph", pattern.graph());
            case ANY -> { }
        }
        if (page > 1)
            params.add("page=" + page);
        format.ifPresent(f -> params.add("format=" + encode(f)));
        return params.isEmpty() ? PATH : PATH + "?" + String.join("&", params);
    }

    /** The search template of the interface on {@code base}, for {@code hydra:template}. */
    static String template(String base, boolean quads) {
        return base + PATH + (quads ? "{?subject,predicate,object,graph}" : "{?subject,predicate,object}");
    }

    /**
     * The address a request was made at, on {@code base}: its query as sent (so a client finds
     * the page it asked for described under the IRI it asked with, as the LDF server does), with
     * any character an IRI may not hold percent-encoded.
     */
    static String asRequested(String base, String rawQuery) {
        Objects.requireNonNull(base, "base");
        if (rawQuery == null || rawQuery.isEmpty())
            return base + PATH;
        // '#' too: the request's query holds none, and one here would start a fragment.
        return base + PATH + "?" + IriText.escape(rawQuery, "#");
    }

    /** A term as a request writes it: an IRI bare, a literal quoted with its language or datatype. */
    static String term(Node n) {
        if (n.isURI())
            return n.getURI();
        if (!n.isLiteral())
            throw new IllegalArgumentException("no request form for " + n);
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty())
            return "\"" + n.getLiteralLexicalForm() + "\"@" + lang;
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI()))
            return "\"" + n.getLiteralLexicalForm() + "\"";
        return "\"" + n.getLiteralLexicalForm() + "\"^^" + dt;
    }

    private static void add(List<String> params, String name, Node n) {
        if (n != null)
            params.add(name + "=" + encode(term(n)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
