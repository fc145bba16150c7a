package no.eukg.web.fragments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.langtagx.LangTagX;

import no.eukg.web.HttpError;

/**
 * The terms of a fragment request as the Linked Data Fragments clients write them (Comunica's
 * {@code rdf-string} form, which the LDF server reads): an IRI bare
 * ({@code https://w3id.org/norway-eu-kg/id/norway}, or in angle brackets), a literal
 * {@code "text"}, {@code "text"@en} or {@code "5"^^http://www.w3.org/2001/XMLSchema#integer}
 * (the datatype bare or in angle brackets), and a variable empty or {@code ?name}. The lexical
 * form of a literal runs from the first to the last double quote, unescaped, as rdf-string writes
 * it. Anything else is a 400 naming the parameter.
 */
final class TermSyntax {
    /** The longest value read: a longer one is no IRI or literal of this graph, and is refused before it is parsed. */
    static final int MAX_LENGTH = 4096;
    private static final Pattern LITERAL = Pattern.compile("^\"(.*)\"(?:@([^@\"]*)|\\^\\^(.*))?$", Pattern.DOTALL);

    private TermSyntax() { }

    /** True when the value leaves the position open: missing, empty, or a variable {@code ?x} / {@code $x}. */
    static boolean isVariable(String value) {
        return value == null || value.isEmpty() || value.startsWith("?") || value.startsWith("$");
    }

    /** An IRI (subject, predicate, graph), or null for a variable. */
    static Node iri(String parameter, String value) {
        if (isVariable(value))
            return null;
        checkLength(parameter, value);
        if (value.startsWith("\""))
            throw HttpError.badRequest("'" + parameter + "' must be an IRI, not a literal: only an object can be a literal");
        if (value.startsWith("_:"))
            throw HttpError.badRequest("'" + parameter + "' is a blank node: a fragment cannot be asked for one (this graph has none)");
        return NodeFactory.createURI(absoluteIri(parameter, unbracket(value)));
    }

    /** An IRI or a literal (the object), or null for a variable. */
    static Node object(String value) {
        if (isVariable(value))
            return null;
        checkLength("object", value);
        if (!value.startsWith("\""))
            return iri("object", value);
        Matcher m = LITERAL.matcher(value);
        if (!m.matches())
            throw HttpError.badRequest("'object' is not a literal in the form \"text\", \"text\"@lang or \"text\"^^datatype-IRI: "
                    + show(value));
        String lexical = m.group(1);
        if (m.group(2) != null) {
            String lang = m.group(2);
            if (lang.isEmpty() || !LangTagX.checkLanguageTag(lang))
                throw HttpError.badRequest("'object' has a malformed language tag " + show(lang) + " (as in \"text\"@en)");
            return NodeFactory.createLiteralLang(lexical, lang);
        }
        if (m.group(3) != null) {
            String datatype = absoluteIri("object's datatype", unbracket(m.group(3)));
            return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype));
        }
        return NodeFactory.createLiteralString(lexical);
    }

    private static String unbracket(String value) {
        return value.startsWith("<") && value.endsWith(">") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
    }

    private static String absoluteIri(String parameter, String value) {
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= 0x20 || "<>\"{}|\\^`".indexOf(c) >= 0))
            throw HttpError.badRequest("'" + parameter + "' is not an IRI: " + show(value));
        try {
            IRIx iri = IRIx.create(value);
            if (iri.isRelative() || iri.scheme() == null)
                throw HttpError.badRequest("'" + parameter + "' is not an absolute IRI (it needs a scheme, as https://...): " + show(value));
            return iri.str();
        } catch (IRIException e) {
            throw HttpError.badRequest("'" + parameter + "' is not an IRI: " + show(value));
        }
    }

    private static void checkLength(String parameter, String value) {
        if (value.length() > MAX_LENGTH)
            throw HttpError.badRequest("'" + parameter + "' is " + value.length() + " characters long; at most " + MAX_LENGTH + " are read");
    }

    /** A value as quoted in a message: short, and one line. */
    private static String show(String value) {
        String one = value.replaceAll("[\\r\\n\\t]", " ");
        return "'" + (one.length() <= 120 ? one : one.substring(0, 120) + "...") + "'";
    }
}
