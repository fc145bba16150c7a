package no.eukg.web.api;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import no.eukg.query.CannedQuery;
import no.eukg.query.Parameter;
import no.eukg.query.ParameterType;
import no.eukg.query.QueryService;

/**
 * What the API publishes about one canned query, built once per dataset version (allowed values
 * drawn from the graph are that version's) and rendered three ways: as the catalogue's JSON (its
 * components are the JSON's fields, in this order), as the catalogue's HTML and as the OpenAPI
 * operation. Adding a field here adds it to all three or to none.
 *
 * @param name        the query's name, its file name without {@code .rq}
 * @param summary     one line, from {@code #+ summary:}
 * @param description a paragraph, from {@code #+ description:}
 * @param tags        from {@code #+ tags:}
 * @param form        SELECT, ASK, CONSTRUCT or DESCRIBE
 * @param methods     the HTTP methods that run it, sorted
 * @param pagination  results per page, or 0 when the query is not paged
 * @param href        where it runs
 * @param queryText   where its SPARQL text is
 * @param formats     the media types of its results, the HTML table last
 * @param parameters  its parameters, in the order the query declares them
 * @param topic       what it is about, the group it is listed under ({@link no.eukg.query.QueryHeader#topic})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueryDescription(String name, String summary, String description, List<String> tags, String form,
                        List<String> methods, @JsonInclude(JsonInclude.Include.NON_DEFAULT) int pagination,
                        String href, String queryText, List<String> formats, List<ParameterDescription> parameters,
                        String topic) {
    QueryDescription {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        methods = List.copyOf(methods);
        formats = List.copyOf(formats);
        parameters = List.copyOf(parameters);
    }

    static QueryDescription of(CannedQuery q, QueryService service, QueryPages links) {
        List<ParameterDescription> params = q.parameters().stream()
                .map(p -> ParameterDescription.of(p, p.enumeration().restricted()
                        ? service.allowedValues(q, p).stream().map(ParameterType::lexical).toList() : null))
                .toList();
        return new QueryDescription(q.name(), q.header().summary(), q.header().description(), q.header().tags(), q.form(),
                q.header().methods().stream().sorted().toList(), q.header().pagination(),
                links.runUrl(q, null), links.runUrl(q, "rq"), QueryPages.mediaTypes(q), params, q.header().topic());
    }

    /** The heading of its pages: the summary, or the name when it has none. */
    @JsonIgnore
    String title() { return summary.isEmpty() ? name : summary; }

    @JsonIgnore
    boolean paginated() { return pagination > 0; }


    @JsonIgnore
    boolean hasParameters() { return !parameters.isEmpty(); }

    @JsonIgnore
    boolean runsBy(String method) { return methods.contains(method); }

    /**
     * One parameter as a client sees it.
     *
     * @param name          its name in requests
     * @param variable      the query variable it binds, with its {@code ?}
     * @param required      false for an optional ({@code ?__name}) parameter
     * @param type          the type's short label ({@code iri}, {@code xsd:integer}, {@code string@en})
     * @param datatype      the datatype's IRI, for a typed literal
     * @param language      the language tag, for a language-tagged literal
     * @param expected      what a value looks like, in words
     * @param defaultValue  the value used when none is given
     * @param allowedValues the values it may take, when restricted ({@code #+ enumerate:})
     * @param parameter     the catalogue's parameter, for the OpenAPI schema of its type
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParameterDescription(String name, String variable, boolean required, String type, String datatype, String language,
                                String expected, @JsonProperty("default") String defaultValue, List<String> allowedValues,
                                @JsonIgnore Parameter parameter) {
        static ParameterDescription of(Parameter p, List<String> allowed) {
            return new ParameterDescription(p.name(), "?" + p.variable().getVarName(), p.required(), p.type().label(),
                    p.type().datatypeIri(), p.type().language(), p.type().expected(),
                    p.defaultValue() == null ? null : ParameterType.lexical(p.defaultValue()), allowed, p);
        }

        /** True when a request must give it: required and without a default. */
        @JsonIgnore
        boolean mustBeGiven() { return parameter.mustBeGiven(); }

        /** The allowed values as one line, for the catalogue's table. */
        @JsonIgnore
        String allowed() { return allowedValues == null ? null : String.join(", ", allowedValues); }
    }
}
