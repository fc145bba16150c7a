package no.eukg.query;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;

/**
 * One parameter of a canned query, found from a variable named the grlc/BASIL way: {@code ?_name}
 * is required, {@code ?__name} optional, and a suffix gives the type ({@code ?_entity_iri}).
 *
 * @param name         the parameter's name in requests ({@code entity})
 * @param variable     the query variable it binds ({@code ?_entity_iri})
 * @param required     false for {@code ?__name}; a missing optional parameter leaves its variable unbound
 * @param type         what a value becomes in the query
 * @param defaultValue the term used when the request gives none ({@code #+ defaults:}), or null
 * @param enumeration  the allowed values, if restricted ({@code #+ enumerate:})
 */
public record Parameter(String name, Var variable, boolean required, ParameterType type, Node defaultValue,
                        Enumeration enumeration) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(enumeration, "enumeration");
    }

    /** True when a request must give a value: required and without a default. */
    public boolean mustBeGiven() { return required && defaultValue == null; }

    /**
     * Where a parameter's allowed values come from.
     *
     * @param source    none, listed in the header, or drawn from the graph
     * @param listed    the values listed in the header (empty unless {@code LISTED})
     * @param fromGraph for {@code GRAPH}: {@code SELECT DISTINCT ?var} over the query's triple patterns
     *                  that mention the variable, the way grlc computes an enumeration
     */
    public record Enumeration(Source source, List<Node> listed, Query fromGraph) {
        public enum Source { NONE, LISTED, GRAPH }

        public Enumeration {
            Objects.requireNonNull(source, "source");
            listed = List.copyOf(listed);
            if ((source == Source.GRAPH) != (fromGraph != null))
                throw new IllegalArgumentException("a query is needed exactly for an enumeration drawn from the graph");
        }

        public static Enumeration none() { return new Enumeration(Source.NONE, List.of(), null); }

        public boolean restricted() { return source != Source.NONE; }
    }
}
