package no.eukg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.eukg.graph.Store;
import no.eukg.graph.Stores;
import no.eukg.query.CannedQuery;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryProblem;
import no.eukg.query.QueryResult;
import no.eukg.query.QueryService;
import no.eukg.query.ResultFormat;
import no.eukg.query.ResultWriter;
import no.eukg.query.RunRequest;

/**
 * {@code query NAME [--param k=v]...}: runs a canned query from {@code queries/} and prints its
 * results, an aligned table by default. It checks parameters exactly as the Web API does and says
 * the same things: a bad or missing value or an unknown query exits 1, bad usage 2.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (queries/NAME.rq) and print its results.")
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;
    @Mixin RetiredBaseOption retiredBase;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "NAME", description = "The query's name: its file name without .rq.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value, e.g. --param entity=http://localhost:3030/id/norway (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = QueryFormat.TABLE, paramLabel = "FORMAT",
            converter = QueryFormat.Converter.class, completionCandidates = QueryFormat.Names.class,
            description = "One of ${COMPLETION-CANDIDATES}: table for any query; json, xml, csv or tsv for SELECT and ASK; "
                    + "ttl, jsonld, nt or rdf for CONSTRUCT (default: ${DEFAULT-VALUE}).")
    QueryFormat format;

    @Option(names = "--page", paramLabel = "N", description = "The page of a paginated query (default: 1).")
    String page;

    @Option(names = "--provenance", description = "Add to each row the source sentences behind it.")
    boolean provenance;

    @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest the query may run (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0)
                throw new ParameterException(spec.commandLine(), "--param '" + p + "' is not NAME=VALUE");
            given.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        if (page != null)
            given.put("page", List.of(page));
        if (provenance)
            given.put("provenance", List.of("true"));

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QueryCatalogue catalogue = QueryCatalogue.load(project.files().queryFiles(), project.files().namespace());
        try (Store store = Stores.open(storeOptions.spec(), () -> project.files().namespace(), () -> project.graph())) {
            QueryService service = new QueryService(catalogue, store, timeout);
            RunRequest run = service.bind(name, given);
            CannedQuery query = run.query();
            if (!format.table()) {
                ResultFormat f = format.results();
                if (f.forGraphs() != query.returnsGraph())
                    throw new ParameterException(spec.commandLine(), "--format " + f.extension() + " does not fit " + query.form() + " query '"
                            + query.name() + "': use table or " + String.join(", ", ResultFormat.forQuery(query).stream().map(ResultFormat::extension).toList()));
            }
            QueryResult result = service.run(run);
            if (format.table()) {
                table(result, out);
                if (result instanceof QueryResult.Rows rows && rows.hasNext())
                    err.println("(more on page " + (run.page() + 1) + ": --page " + (run.page() + 1) + ")");
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ResultWriter.write(result, format.results(), bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
            out.flush();
            return Main.OK;
        } catch (QueryProblem p) {
            err.println("error: " + p.getMessage());
            return Main.PROBLEM;
        }
    }

    /** An aligned text table: IRIs in full, literals as their text with a language tag if they have one. */
    static void table(QueryResult result, PrintWriter out) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        if (result instanceof QueryResult.Answer answer) {
            out.println(answer.value() ? "yes" : "no");
            return;
        }
        if (result instanceof QueryResult.Rows r) {
            r.vars().forEach(v -> header.add(v.getVarName()));
            if (r.hasProvenance())
                header.add(ResultWriter.provenanceVar(r.vars()).getVarName());
            for (int i = 0; i < r.rows().size(); i++) {
                List<String> row = new ArrayList<>();
                for (Var v : r.vars())
                    row.add(text(r.rows().get(i).get(v)));
                if (r.hasProvenance())
                    row.add(String.join(" | ", r.provenance().get(i).stream().map(s -> s.iri()).toList()));
                rows.add(row);
            }
        } else if (result instanceof QueryResult.Triples t) {
            header.addAll(List.of("subject", "predicate", "object"));
            List<Triple> triples = t.graph().find().toList();
            for (Triple tr : triples)
                rows.add(List.of(text(tr.getSubject()), text(tr.getPredicate()), text(tr.getObject())));
            rows.sort(java.util.Comparator.comparing((List<String> l) -> String.join("\t", l)));
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows)
                widths[c] = Math.max(widths[c], row.get(c).length());
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++)
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        out.println(rule);
        for (List<String> row : rows)
            out.println(line(row, widths));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0)
                b.append("  ");
            b.append(c == cells.size() - 1 ? cells.get(c) : pad(cells.get(c), widths[c]));
        }
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String text(Node n) {
        if (n == null)
            return "";
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm().replace('\n', ' ');
            String lang = n.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? lex : lex + "@" + lang;
        }
        return n.toString();
    }
}
