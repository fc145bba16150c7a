package no.eukg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

import no.eukg.graph.GraphSourceException;
import no.eukg.query.CannedQuery;

/** Parses every query file as SPARQL against the base, and checks its header and parameters, as the server will. */
final class QuerySyntaxCheck {
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");

    private final String base;

    QuerySyntaxCheck(String base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    List<Problem> check(List<Path> queries) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : queries) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(Problem.error(file, "cannot be read: " + e.getMessage()));
                continue;
            }
            try {
                QueryFactory.create(text, base);
                headerAndParameters(file, text).ifPresent(problems::add);
            } catch (QueryParseException e) {
                String message = firstLine(e.getMessage());
                // The exception holds the last good token; the message names the bad one.
                Matcher at = AT.matcher(message);
                if (at.find())
                    problems.add(Problem.error(file, Long.parseLong(at.group(1)), Long.parseLong(at.group(2)), message));
                else
                    problems.add(Problem.error(file, e.getLine(), e.getColumn(), message));
            } catch (QueryException e) {
                problems.add(Problem.error(file, firstLine(e.getMessage())));
            }
        }
        return problems;
    }

    /** The catalogue's own checks: the grlc header (known keys, valid YAML) and the parameters it names. */
    private java.util.Optional<Problem> headerAndParameters(Path file, String text) {
        try {
            CannedQuery.read(file, text, base);
            return java.util.Optional.empty();
        } catch (GraphSourceException e) {
            return java.util.Optional.of(e.line() < 1 ? Problem.error(file, e.getMessage())
                    : Problem.error(file, e.line(), Math.max(e.column(), 1), e.getMessage()));
        }
    }

    /** JavaCC follows the position with every token it would have accepted: one line says enough. */
    private static String firstLine(String message) {
        if (message == null)
            return "not a SPARQL query";
        return message.lines().findFirst().orElse(message);
    }
}
