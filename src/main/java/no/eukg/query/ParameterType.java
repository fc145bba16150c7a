package no.eukg.query;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.vocabulary.XSD;

/**
 * What a parameter's value becomes in the query, read from the suffix of its variable name the way
 * grlc and BASIL do: {@code _iri} an IRI, {@code _en} or {@code _nb} (any two letters) a literal in
 * that language, {@code _integer}, {@code _date}, {@code _boolean}... (any XSD datatype) a typed
 * literal, {@code _number} a number, {@code _literal}, {@code _string} or no suffix a plain
 * string, {@code _prefix_local} a literal of the datatype {@code prefix:local}.
 *
 * <p>{@link #parse} turns a value as given by a client into an RDF term, or says what was expected.
 * Typed literals come out in canonical form, so {@code 02015} and {@code 2015} are the same term.
 */
public final class ParameterType {
    /** The XSD datatypes grlc recognises as suffixes. */
    static final Set<String> XSD_NAMES = Set.of("decimal", "float", "double", "integer", "positiveInteger",
            "negativeInteger", "nonPositiveInteger", "nonNegativeInteger", "long", "int", "short", "byte",
            "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "dateTime", "date", "time",
            "gYearMonth", "gYear", "duration", "gMonthDay", "gDay", "gMonth", "string", "normalizedString",
            "token", "language", "Name", "NCName", "boolean", "anyURI");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+)");
    private static final Pattern DOUBLE = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");
    /** Longer values are refused: no label or IRI of this graph comes near it. */
    static final int MAX_LENGTH = 2000;

    /** The kinds of term a parameter can stand for. */
    public enum Kind { IRI, STRING, LANGUAGE_STRING, TYPED, NUMBER }

    private final Kind kind;
    private final String suffix;
    private final String language;
    private final RDFDatatype datatype;

    private ParameterType(Kind kind, String suffix, String language, RDFDatatype datatype) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.suffix = suffix;
        this.language = language;
        this.datatype = datatype;
    }

    public static ParameterType iri() { return new ParameterType(Kind.IRI, "iri", null, null); }
    public static ParameterType string() { return new ParameterType(Kind.STRING, null, null, null); }

    /**
     * The type named by a variable's suffix parts.
     *
     * @param type        the part after the name ({@code iri}, {@code en}, {@code integer}...), or null
     * @param userDefined the part after that ({@code local} of {@code prefix_local}), or null
     * @param prefixes    resolves {@code prefix} of a user-defined datatype
     * @throws IllegalArgumentException naming what the suffix could have been
     */
    public static ParameterType of(String type, String userDefined, java.util.function.Function<String, String> prefixes) {
        if (userDefined != null) {
            String ns = prefixes.apply(type);
            if (ns == null)
                throw new IllegalArgumentException("the datatype suffix '" + type + "_" + userDefined
                        + "' needs a PREFIX " + type + ": declaration in the query");
            String uri = ns + userDefined;
            return new ParameterType(Kind.TYPED, type + "_" + userDefined, null, TypeMapper.getInstance().getSafeTypeByName(uri));
        }
        if (type == null || type.equals("literal") || type.equals("string"))
            return new ParameterType(Kind.STRING, type, null, null);
        if (type.equals("iri"))
            return iri();
        if (type.equals("number"))
            return new ParameterType(Kind.NUMBER, type, null, null);
        if (XSD_NAMES.contains(type))
            return new ParameterType(Kind.TYPED, type, null, TypeMapper.getInstance().getSafeTypeByName(XSD.NS + type));
        if (LANGUAGE.matcher(type).matches())
            return new ParameterType(Kind.LANGUAGE_STRING, type, type, null);
        throw new IllegalArgumentException("unknown type suffix '" + type + "': use iri, number, literal, string, "
                + "an XSD datatype (integer, decimal, date, gYear, boolean...), a two-letter language code, "
                + "or prefix_datatype");
    }

    public Kind kind() { return kind; }

    /** The language of a language-tagged parameter, else null. */
    public String language() { return language; }

    /** The datatype IRI of a typed parameter, else null. */
    public String datatypeIri() { return datatype == null ? null : datatype.getURI(); }

    /** A short name for catalogues: {@code iri}, {@code string}, {@code string@en}, {@code xsd:integer}, {@code number}. */
    public String label() {
        return switch (kind) {
            case IRI -> "iri";
            case STRING -> "string";
            case LANGUAGE_STRING -> "string@" + language;
            case NUMBER -> "number";
            case TYPED -> datatype.getURI().startsWith(XSD.NS) ? "xsd:" + datatype.getURI().substring(XSD.NS.length()) : datatype.getURI();
        };
    }

    /** What a value must look like, for error messages and documentation. */
    public String expected() {
        return switch (kind) {
            case IRI -> "an absolute IRI such as http://example.org/id/x";
            case STRING -> "a string";
            case LANGUAGE_STRING -> "a string (it is matched as a literal tagged @" + language + ")";
            case NUMBER -> "a number such as 42, 4.2 or 4.2e1";
            case TYPED -> "a value of type " + label() + example();
        };
    }

    private String example() {
        String uri = datatype.getURI();
        if (!uri.startsWith(XSD.NS))
            return "";
        return switch (uri.substring(XSD.NS.length())) {
            case "integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger" -> " such as 2015";
            case "decimal" -> " such as 4.25";
            case "date" -> " such as 2015-03-10";
            case "dateTime" -> " such as 2015-03-10T12:00:00Z";
            case "gYear" -> " such as 2015";
            case "gYearMonth" -> " such as 2015-03";
            case "boolean" -> " (true or false)";
            default -> "";
        };
    }

    /**
     * The RDF term for a value given by a client.
     *
     * @throws IllegalArgumentException when the value is not of this type; the message says what was expected
     */
    public Node parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH)
            throw new IllegalArgumentException("expected " + expected() + " of at most " + MAX_LENGTH + " characters");
        return switch (kind) {
            case IRI -> parseIri(value);
            case STRING -> NodeFactory.createLiteralString(value);
            case LANGUAGE_STRING -> NodeFactory.createLiteralLang(value, language);
            case NUMBER -> parseNumber(value);
            case TYPED -> parseTyped(value);
        };
    }

    /** True when a term (from the graph, say) is one this parameter could be bound to. */
    public boolean accepts(Node node) {
        return switch (kind) {
            case IRI -> node.isURI();
            case STRING -> node.isLiteral() && node.getLiteralDatatype().equals(XSDDatatype.XSDstring);
            case LANGUAGE_STRING -> node.isLiteral() && language.equalsIgnoreCase(node.getLiteralLanguage());
            case NUMBER -> node.isLiteral() && node.getLiteralDatatype() instanceof XSDDatatype dt && dt.isValidValue(node.getLiteralValue())
                    && (dt.equals(XSDDatatype.XSDinteger) || dt.equals(XSDDatatype.XSDdecimal) || dt.equals(XSDDatatype.XSDdouble));
            case TYPED -> node.isLiteral() && node.getLiteralDatatypeURI().equals(datatype.getURI());
        };
    }

    /** The text a client would send for a term of this type (an IRI's string, a literal's lexical form). */
    public static String lexical(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private Node parseIri(String value) {
        String trimmed = value.strip();
        IRIx iri;
        try {
            iri = IRIx.create(trimmed);
        } catch (IRIException e) {
            throw new IllegalArgumentException("expected " + expected() + " (" + e.getMessage() + ")");
        }
        if (!iri.isReference() || trimmed.isEmpty())
            throw new IllegalArgumentException("expected " + expected() + " (this one is relative)");
        return NodeFactory.createURI(trimmed);
    }

    private Node parseNumber(String value) {
        String v = value.strip();
        XSDDatatype dt = INTEGER.matcher(v).matches() ? XSDDatatype.XSDinteger
                : DECIMAL.matcher(v).matches() ? XSDDatatype.XSDdecimal
                : DOUBLE.matcher(v).matches() ? XSDDatatype.XSDdouble : null;
        if (dt == null)
            throw new IllegalArgumentException("expected " + expected());
        return CanonicalizeLiteral.get().apply(NodeFactory.createLiteralDT(v, dt));
    }

    private Node parseTyped(String value) {
        String v = datatype instanceof XSDDatatype && !datatype.equals(XSDDatatype.XSDstring) ? value.strip() : value;
        if (!datatype.isValid(v))
            throw new IllegalArgumentException("expected " + expected());
        return CanonicalizeLiteral.get().apply(NodeFactory.createLiteralDT(v, datatype));
    }

    @Override
    public String toString() { return label(); }
}
