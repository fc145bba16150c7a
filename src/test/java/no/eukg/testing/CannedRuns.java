package no.eukg.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import no.eukg.query.CannedQuery;
import no.eukg.query.Parameter;
import no.eukg.query.ParameterType;
import no.eukg.query.QueryResult;
import no.eukg.query.QueryService;

/**
 * Every canned query of a catalogue run once as the API runs it, with and (for SELECT) without
 * {@code provenance=true}, each answer as order-free text: to compare what two stores answer.
 * A required parameter without a default gets its first allowed value ({@code enumerate}), or
 * else a sample value of the shipped graph.
 */
public final class CannedRuns {
    /** Values of the shipped graph for parameters that list none, relative to its namespace where an IRI. */
    private static final Map<String, String> SAMPLES = Map.of(
            "entity", "id/norway", "from", "id/norway", "to", "id/eu",
            "fact", "id/fact/brende-holds-minister-of-foreign-affairs", "q", "Norway", "year", "2014");

    private CannedRuns() { }

    /** {@code name provenance=…} to the answer as text, in the catalogue's order. */
    public static Map<String, String> all(QueryService service, String namespace) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (CannedQuery query : service.catalogue().queries()) {
            Map<String, List<String>> given = requiredValues(service, query, namespace);
            for (boolean provenance : query.query().isSelectType() ? new boolean[] {false, true} : new boolean[] {false}) {
                Map<String, List<String>> asked = new HashMap<>(given);
                if (provenance)
                    asked.put("provenance", List.of("true"));
                answers.put(query.name() + " provenance=" + provenance, text(service.run(service.bind(query.name(), asked))));
            }
        }
        return answers;
    }

    /** Values for a query's required parameters: the first allowed one, or a sample of the shipped graph. */
    public static Map<String, List<String>> requiredValues(QueryService service, CannedQuery query, String namespace) {
        Map<String, List<String>> given = new HashMap<>();
        for (Parameter p : query.parameters()) {
            if (!p.required() || p.defaultValue() != null)
                continue;
            List<Node> allowed = service.allowedValues(query, p);
            String sample = SAMPLES.get(p.name());
            if (allowed.isEmpty() && sample == null)
                throw new AssertionError(query.name() + ": required parameter '" + p.name() + "' has no value to try");
            given.put(p.name(), List.of(!allowed.isEmpty() ? ParameterType.lexical(allowed.get(0))
                    : sample.startsWith("id/") ? namespace + sample : sample));
        }
        return given;
    }

    /** An answer as text that does not depend on the order a store gives rows, columns or triples in. */
    public static String text(QueryResult result) {
        if (result instanceof QueryResult.Answer a)
            return String.valueOf(a.value());
        if (result instanceof QueryResult.Triples t)
            return sorted(t.graph().find().toList().stream().map(Object::toString).toList());
        QueryResult.Rows r = (QueryResult.Rows) result;
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            Binding b = r.rows().get(i);
            String row = String.join(" ", r.vars().stream().map(v -> v.getVarName() + "=" + b.get(v)).toList());
            rows.add(row + (r.hasProvenance() ? " " + r.provenance().get(i) : ""));
        }
        return sorted(rows) + "\nnext=" + r.hasNext();
    }

    private static String sorted(List<String> lines) {
        return String.join("\n", lines.stream().sorted().toList());
    }
}
