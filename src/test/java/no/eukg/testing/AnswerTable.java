package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * An answer to a competency question as a table of text: the variable names, then one row per
 * solution, IRIs written relative to the graph's namespace, literals as their lexical form, an
 * unbound value as empty. The expected answers in {@code src/test/resources/competency*} are such
 * tables (tab-separated, written from the text); the one harness that reads them and compares,
 * for a query asked of the graph and for one asked through the Web API alike.
 */
public record AnswerTable(List<String> vars, List<List<String>> rows) {
    public AnswerTable {
        vars = List.copyOf(vars);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads a tab-separated table, failing with the file and line of a malformed row. */
    public static AnswerTable read(Path tsv) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty())
            lines.remove(lines.size() - 1);
        if (lines.isEmpty())
            throw new AssertionError(tsv + " is empty: its first line names the variables");
        List<String> vars = List.of(lines.get(0).split("\t", -1));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = List.of(lines.get(i).split("\t", -1));
            if (row.size() != vars.size())
                throw new AssertionError(tsv + ":" + (i + 1) + ": " + row.size() + " values for " + vars.size() + " variables");
            rows.add(row);
        }
        return new AnswerTable(vars, rows);
    }

    /** The table of solutions, IRIs under {@code namespace} written relative to it. */
    public static AnswerTable of(List<Var> vars, Iterator<Binding> solutions, String namespace) {
        List<List<String>> rows = new ArrayList<>();
        solutions.forEachRemaining(b -> {
            List<String> row = new ArrayList<>();
            for (Var v : vars)
                row.add(cell(b.get(v), namespace));
            rows.add(row);
        });
        return new AnswerTable(vars.stream().map(Var::getVarName).toList(), rows);
    }

    /** The same rows in a stable order, for an answer whose query has no ORDER BY. */
    public AnswerTable sorted() {
        return new AnswerTable(vars, rows.stream().sorted(Comparator.comparing(r -> String.join("\t", r))).toList());
    }

    /** The rows side by side: {@code =} the same, {@code -} expected only, {@code +} returned only. */
    public String diff(AnswerTable got) {
        StringBuilder sb = new StringBuilder("  ").append(String.join("\t", vars)).append('\n');
        if (!vars.equals(got.vars))
            sb.append("+ ").append(String.join("\t", got.vars)).append("   (other variables)\n");
        int n = Math.max(rows.size(), got.rows.size());
        for (int i = 0; i < n; i++) {
            List<String> w = i < rows.size() ? rows.get(i) : null;
            List<String> g = i < got.rows.size() ? got.rows.get(i) : null;
            if (w != null && w.equals(g)) {
                sb.append("= ").append(String.join("\t", w)).append('\n');
                continue;
            }
            if (w != null)
                sb.append("- ").append(String.join("\t", w)).append('\n');
            if (g != null)
                sb.append("+ ").append(String.join("\t", g)).append('\n');
        }
        return sb.append("(expected ").append(rows.size()).append(" rows, got ").append(got.rows.size()).append(')').toString();
    }

    private static String cell(Node n, String namespace) {
        if (n == null)
            return "";
        if (n.isURI())
            return n.getURI().startsWith(namespace) ? n.getURI().substring(namespace.length()) : n.getURI();
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        return "_:" + n.getBlankNodeLabel();
    }
}
