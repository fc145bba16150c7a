package no.eukg.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.QuerySyntaxSubstituteScope;

import no.eukg.graph.GraphSourceException;
import no.eukg.query.Parameter.Enumeration;

/**
 * One query of the catalogue: a {@code queries/NAME.rq} file, its grlc header, the parsed query and
 * its parameters. Everything that can be checked without the graph is checked here, at start-up,
 * and reported as {@code file:line:col: message}.
 *
 * @param name       the operation name: the file name without {@code .rq}
 * @param file       where it was read from
 * @param text       the file's text, header included
 * @param query      the parsed query, relative IRIs resolved against the canonical namespace
 * @param header     the {@code #+} decorators
 * @param parameters in the order their variables first appear
 */
public record CannedQuery(String name, Path file, String text, Query query, QueryHeader header, List<Parameter> parameters) {
    /** {@code _name}, {@code __name}, then an optional type and an optional user-defined datatype part. */
    private static final Pattern PARAMETER = Pattern.compile("(_{1,2})([^_]+)(?:_([A-Za-z0-9]+))?(?:_([A-Za-z0-9]+))?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");
    /** Request parameters of every run, which no query parameter may shadow. */
    public static final Set<String> RESERVED = Set.of("page", "provenance");

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(header, "header");
        parameters = List.copyOf(parameters);
    }

    /** The query form: {@code SELECT}, {@code ASK}, {@code CONSTRUCT} or {@code DESCRIBE}. */
    public String form() {
        return query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
    }

    /** True for queries whose results are RDF graphs rather than rows. */
    public boolean returnsGraph() { return query.isConstructType() || query.isDescribeType(); }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Reads and checks a query file.
     *
     * @param base the canonical namespace: relative IRIs in the query (such as {@code <ontology#>})
     *             resolve against it, as they do in the data
     */
    public static CannedQuery read(Path file, String text, String base) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (!NAME.matcher(name).matches())
            throw new GraphSourceException(file, -1, -1, "query file names are kebab-case (lower-case words and digits joined by '-'), the operation's name: '" + name + "'");
        QueryHeader header = QueryHeader.parse(file, text);
        Query query;
        try {
            query = QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // The message names the offending token's position; the exception's own fields may point before it.
            Matcher at = AT.matcher(Objects.requireNonNullElse(e.getMessage(), ""));
            long line = at.find() ? Long.parseLong(at.group(1)) : e.getLine();
            long column = at.find(0) ? Long.parseLong(at.group(2)) : e.getColumn();
            throw new GraphSourceException(file, line, column, "SPARQL syntax: " + firstLine(e.getMessage()));
        }
        List<Parameter> parameters = new Inspector(file, text, query, header, base).parameters();
        if (header.pagination() > 0 && !query.isSelectType())
            throw new GraphSourceException(file, headerLine(text, "pagination"), 1, "pagination applies to SELECT queries only");
        return new CannedQuery(name, file, text, query, header, parameters);
    }

    private static String firstLine(String message) {
        String m = Objects.requireNonNullElse(message, "unparsable");
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static int headerLine(String text, String key) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++)
            if (lines[i].startsWith("#+") && lines[i].substring(2).strip().startsWith(key + ":"))
                return i + 1;
        return -1;
    }

    /** Finds the parameters and checks them against the header. */
    private static final class Inspector {
        private final Path file;
        private final String text;
        private final Query query;
        private final QueryHeader header;
        private final String base;

        Inspector(Path file, String text, Query query, QueryHeader header, String base) {
            this.file = file;
            this.text = text;
            this.query = query;
            this.header = header;
            this.base = base;
        }

        List<Parameter> parameters() {
            Map<String, Var> byName = new LinkedHashMap<>();
            Map<String, ParameterType> types = new LinkedHashMap<>();
            Map<String, Boolean> required = new LinkedHashMap<>();
            List<Var> vars = new ArrayList<>(QueryVariables.mentioned(query));
            vars.sort(java.util.Comparator.comparingInt(this::firstUse));
            for (Var v : vars) {
                String varName = v.getVarName();
                if (!varName.startsWith("_"))
                    continue;
                Matcher m = PARAMETER.matcher(varName);
                if (!m.matches())
                    throw error(v, "?" + varName + " starts with '_' but is not a parameter name: write ?_name, ?__name, ?_name_type or ?_name_prefix_datatype (the name without '_')");
                String name = m.group(2);
                if (RESERVED.contains(name))
                    throw error(v, "'" + name + "' (?" + varName + ") is a reserved request parameter of every query; choose another name");
                ParameterType type;
                try {
                    type = ParameterType.of(m.group(3), m.group(4), prefix -> query.getPrefixMapping().getNsPrefixURI(prefix));
                } catch (IllegalArgumentException e) {
                    throw error(v, "?" + varName + ": " + e.getMessage());
                }
                Var previous = byName.putIfAbsent(name, v);
                if (previous != null)
                    throw error(v, "?" + varName + " and ?" + previous.getVarName() + " are both the parameter '" + name + "'");
                types.put(name, type);
                required.put(name, m.group(1).length() == 1);
            }
            try {
                QuerySyntaxSubstituteScope.scopeCheck(query, byName.values());
            } catch (RuntimeException e) {
                throw new GraphSourceException(file, -1, -1, "a parameter variable cannot be bound: " + e.getMessage()
                        + " (a parameter may not be assigned with AS or VALUES)");
            }
            checkNamed(header.defaults().keySet(), byName, "defaults", name -> header.defaults().get(name).line());
            checkNamed(header.enumerate().keySet(), byName, "enumerate", name -> header.enumerate().get(name).line());

            List<Parameter> out = new ArrayList<>();
            for (var e : byName.entrySet()) {
                String name = e.getKey();
                ParameterType type = types.get(name);
                Enumeration enumeration = enumeration(name, e.getValue(), type);
                Node defaultValue = null;
                QueryHeader.Entry d = header.defaults().get(name);
                if (d != null) {
                    defaultValue = parse(type, d.value(), d.line(), "the default of '" + name + "'");
                    if (enumeration.source() == Enumeration.Source.LISTED && !enumeration.listed().contains(defaultValue))
                        throw new GraphSourceException(file, d.line(), 1, "the default of '" + name + "' is not one of its enumerated values");
                }
                out.add(new Parameter(name, e.getValue(), required.get(name), type, defaultValue, enumeration));
            }
            return out;
        }

        private Enumeration enumeration(String name, Var var, ParameterType type) {
            QueryHeader.EnumerateEntry entry = header.enumerate().get(name);
            if (entry == null)
                return Enumeration.none();
            if (!entry.values().isEmpty()) {
                List<Node> values = new ArrayList<>();
                for (String v : entry.values())
                    values.add(parse(type, v, entry.line(), "an enumerated value of '" + name + "'"));
                return new Enumeration(Enumeration.Source.LISTED, values, null);
            }
            List<TriplePath> patterns = QueryVariables.triplePatternsMentioning(query, var);
            if (patterns.isEmpty())
                throw new GraphSourceException(file, entry.line(), 1, "'" + name + "' is to be enumerated from the graph, but ?"
                        + var.getVarName() + " is in no triple pattern to draw values from: list its values instead (- " + name + ": [a, b])");
            Query values = new Query();
            values.setQuerySelectType();
            values.setPrefixMapping(query.getPrefixMapping());
            values.setDistinct(true);
            values.addResultVar(var);
            ElementPathBlock block = new ElementPathBlock();
            patterns.forEach(block::addTriplePath);
            ElementGroup group = new ElementGroup();
            group.addElement(block);
            values.setQueryPattern(group);
            values.addOrderBy(var, Query.ORDER_ASCENDING);
            return new Enumeration(Enumeration.Source.GRAPH, List.of(), values);
        }

        /** A header value; an IRI may be relative, like the IRIs in the query, and resolves against the base. */
        private Node parse(ParameterType type, String value, int line, String what) {
            try {
                if (type.kind() == ParameterType.Kind.IRI)
                    return type.parse(IRIx.create(base).resolve(value.strip()).str());
                return type.parse(value);
            } catch (IllegalArgumentException | IRIException e) {
                throw new GraphSourceException(file, line, 1, what + " is '" + value + "': " + e.getMessage());
            }
        }

        private void checkNamed(Set<String> names, Map<String, Var> parameters, String key, java.util.function.ToIntFunction<String> line) {
            for (String name : names)
                if (!parameters.containsKey(name))
                    throw new GraphSourceException(file, line.applyAsInt(name), 1, key + " names '" + name
                            + "', which is not a parameter of this query (its parameters: "
                            + (parameters.isEmpty() ? "none" : String.join(", ", parameters.keySet())) + ")");
        }

        /** Where a variable is first written, outside comments, so parameters are listed in reading order. */
        private int firstUse(Var v) {
            Pattern use = Pattern.compile("[?$]" + Pattern.quote(v.getVarName()) + "(?![A-Za-z0-9_])");
            int offset = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.startsWith("#")) {
                    Matcher m = use.matcher(line);
                    if (m.find())
                        return offset + m.start();
                }
                offset += line.length() + 1;
            }
            return Integer.MAX_VALUE;
        }

        private GraphSourceException error(Var v, String message) {
            Pattern use = Pattern.compile("[?$]" + Pattern.quote(v.getVarName()) + "(?![A-Za-z0-9_])");
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#"))
                    continue;
                Matcher m = use.matcher(lines[i]);
                if (m.find())
                    return new GraphSourceException(file, i + 1, m.start() + 1, message);
            }
            return new GraphSourceException(file, -1, -1, message);
        }
    }
}
