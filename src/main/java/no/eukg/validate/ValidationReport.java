package no.eukg.validate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * Everything validation found in a project, in the order the checks ran (file syntax, shapes, text
 * coverage, queries), each check's problems in file and line order.
 */
public final class ValidationReport {
    private final List<Problem> problems;
    private final int rdfFiles;
    private final int queryFiles;

    /**
     * @param problems   what was found
     * @param rdfFiles   how many RDF files were checked, for the summary
     * @param queryFiles how many query files were checked, for the summary
     */
    public ValidationReport(List<Problem> problems, int rdfFiles, int queryFiles) {
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        this.rdfFiles = rdfFiles;
        this.queryFiles = queryFiles;
    }

    public List<Problem> problems() { return problems; }

    public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }

    public List<Problem> warnings() { return problems.stream().filter(p -> !p.isError()).toList(); }

    public boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    /** One line: {@code 2 errors, 1 warning in 5 RDF files and 3 queries}. */
    public String summary() {
        return count(errors().size(), "error") + ", " + count(warnings().size(), "warning")
                + " in " + count(rdfFiles, "RDF file") + " and " + count(queryFiles, "query file");
    }

    /** Every problem on its own line, then the summary. */
    public void print(PrintWriter out) {
        problems.forEach(p -> out.println(p.located()));
        out.println(summary());
        out.flush();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p.located()).append('\n'));
        return sb.append(summary()).toString();
    }
}
