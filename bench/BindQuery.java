import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Prints a canned query as bare Fuseki must receive it to do the same work as the publisher's
 * Web API: relative IRIs resolved against the canonical namespace (the BASE argument), parameters substituted on the parsed query
 * (as the API binds them) and, for a paginated query, the API's limit of one more than a page.
 *
 * <p>Usage: {@code java -cp target/norway-eu-kg.jar bench/BindQuery.java BASE < JOBS}, one job a
 * line: {@code QUERY.rq[TAB]VAR=VALUE...} where VAR is the variable name ({@code _q},
 * {@code _entity_iri}) and VALUE is {@code <iri>} or a string. Prints each query on one line.
 */
public final class BindQuery {
    private static final Pattern PAGINATION = Pattern.compile("^#\\+\\s*pagination:\\s*(\\d+)\\s*$", Pattern.MULTILINE);

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BindQuery BASE < JOBS   (a job a line: QUERY.rq[TAB]VAR=VALUE...)");
            System.exit(2);
        }
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; )
            if (!line.isBlank())
                System.out.println(bind(args[0], line.split("\t")));
    }

    /** As the API types a value: an IRI in angle brackets, else by the variable's suffix (grlc style). */
    private static Node node(String variable, String value) {
        if (value.startsWith("<") && value.endsWith(">"))
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        for (String type : new String[] {"integer", "decimal", "double", "boolean", "date", "dateTime", "gYear"})
            if (variable.endsWith("_" + type))
                return NodeFactory.createLiteralDT(value, org.apache.jena.datatypes.TypeMapper.getInstance()
                        .getSafeTypeByName("http://www.w3.org/2001/XMLSchema#" + type));
        return NodeFactory.createLiteralString(value);
    }

    private static String bind(String base, String[] args) throws java.io.IOException {
        String text = Files.readString(Path.of(args[0]));
        Query query = QueryFactory.create(text, base);
        Map<Var, Node> values = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            String name = args[i].substring(0, eq);
            String value = args[i].substring(eq + 1);
            values.put(Var.alloc(name), node(name, value));
        }
        Query bound = values.isEmpty() ? query : QueryTransformOps.replaceVars(query, values);
        Matcher m = PAGINATION.matcher(text);
        if (m.find() && bound.isSelectType())
            bound.setLimit(Integer.parseInt(m.group(1)) + 1L);
        return bound.serialize().replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
