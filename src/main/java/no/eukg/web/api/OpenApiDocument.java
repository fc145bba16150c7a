package no.eukg.web.api;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.apache.jena.vocabulary.XSD;

import no.eukg.query.ParameterType;
import no.eukg.web.Site;

/**
 * The OpenAPI 3 description of the canned-query API, built with swagger-core's models: one path
 * per query and one operation each (GET; POST, which most queries also take, said in its
 * description), under the query's topic ({@code QueryHeader#topic}), every parameter with its type,
 * default and allowed values, and every media type its results come in.
 */
final class OpenApiDocument {
    private static final String ERROR = "#/components/schemas/Error";
    private final Site site;
    private final QueryPages pages;

    /** @param pages the queries' descriptions, which the catalogue renders too */
    OpenApiDocument(Site site, QueryPages pages) {
        this.site = Objects.requireNonNull(site, "site");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    OpenAPI build() {
        String server = site.base().substring(0, site.base().length() - 1);
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Norway–EU knowledge graph: canned queries")
                        // The API's version, as swagger-ui's badge shows it; the data's version is in every ETag.
                        .version(java.util.Objects.requireNonNullElse(OpenApiDocument.class.getPackage().getImplementationVersion(), "dev"))
                        .description("Each operation runs one SPARQL query of the catalogue (`queries/*.rq`, grlc-style headers) "
                                + "on the published graph. Parameters are bound as typed RDF terms in the parsed query, never pasted "
                                + "into its text. Results come by `Accept` or by an extension on the path (`.json`, `.xml`, `.csv`, "
                                + "`.tsv`; `.ttl`, `.jsonld`, `.nt`, `.rdf` for CONSTRUCT); `/api/queries/{name}.rq` gives the query. "
                                + "SELECT rows can carry the source sentences behind them (`provenance=true`). Paginated queries send "
                                + "RFC 8288 `Link` headers (first, prev, next). Responses have strong ETags."))
                .addServersItem(new Server().url(server))
                .components(new Components().addSchemas("Error", new ObjectSchema()
                        .addProperty("status", new IntegerSchema())
                        .addProperty("message", new StringSchema())));
        Paths paths = new Paths();
        paths.addPathItem("/api/queries", new PathItem().get(new Operation()
                .operationId("listQueries")
                .summary("The catalogue of canned queries")
                .description("Every query with its summary, description, parameters (types, defaults, allowed values) and links.")
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("the catalogue")
                                .content(new Content()
                                        .addMediaType("application/json", new MediaType().schema(new ObjectSchema()))
                                        .addMediaType("text/html", new MediaType().schema(new StringSchema()))))
                        .addApiResponse("304", new ApiResponse().description("not modified (If-None-Match)")))));
        // One operation a query, under one tag (its topic), in the catalogue's order: swagger-ui
        // shows an operation under each of its tags, so GET and POST under two tags was four times.
        Set<String> tags = new TreeSet<>();
        for (QueryDescription q : pages.descriptions()) {
            PathItem item = new PathItem();
            if (q.runsBy("GET"))
                item.get(operation(q, false));
            else
                item.post(operation(q, true));
            tags.add(q.topic());
            paths.addPathItem("/api/queries/" + q.name(), item);
        }
        api.paths(paths);
        List<Tag> tagList = new ArrayList<>();
        tags.forEach(t -> tagList.add(new Tag().name(t)));
        if (!tagList.isEmpty())
            api.tags(tagList);
        return api;
    }

    private Operation operation(QueryDescription q, boolean post) {
        Operation op = new Operation()
                .operationId(camel(q.name()) + (post ? "Post" : ""))
                .summary(q.title())
                .description(description(q));
        op.tags(List.of(q.topic()));
        List<Param> params = params(q);
        if (post) {
            ObjectSchema form = new ObjectSchema();
            for (Param p : params) {
                form.addProperty(p.name, p.schema.description(p.description));
                if (p.required)
                    form.addRequiredItem(p.name);
            }
            op.requestBody(new RequestBody().required(params.stream().anyMatch(p -> p.required))
                    .content(new Content().addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))));
        } else {
            for (Param p : params)
                op.addParametersItem(new QueryParameter().name(p.name).required(p.required).description(p.description).schema(p.schema));
        }
        Content content = new Content();
        for (String type : q.formats())
            content.addMediaType(type, new MediaType().schema(type.contains("json") ? new ObjectSchema() : new StringSchema()));
        ApiResponse ok = new ApiResponse().description(q.form() + " results").content(content)
                .addHeaderObject("ETag", new Header().description("strong validator: the dataset version and the request").schema(new StringSchema()));
        if (q.paginated())
            ok.addHeaderObject("Link", new Header().description("RFC 8288 links to the first, prev and next pages").schema(new StringSchema()));
        Content error = new Content()
                .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR)))
                .addMediaType("text/plain", new MediaType().schema(new StringSchema()))
                .addMediaType("text/html", new MediaType().schema(new StringSchema()));
        op.responses(new ApiResponses()
                .addApiResponse("200", ok)
                .addApiResponse("304", new ApiResponse().description("not modified (If-None-Match)"))
                .addApiResponse("400", new ApiResponse().description("a parameter is missing, unknown, or not of its type or allowed values").content(error))
                .addApiResponse("406", new ApiResponse().description("none of the result formats is acceptable").content(error))
                .addApiResponse("503", new ApiResponse().description("the query ran out of time").content(error)));
        return op;
    }

    private static String description(QueryDescription q) {
        StringBuilder b = new StringBuilder(q.description());
        if (b.length() > 0)
            b.append("\n\n");
        b.append(q.form()).append(" query `queries/").append(q.name()).append(".rq`");
        if (q.paginated())
            b.append(", ").append(q.pagination()).append(" results per page");
        if (q.runsBy("GET") && q.runsBy("POST"))
            b.append(". Also runs by POST, the same parameters sent as a form (application/x-www-form-urlencoded)");
        return b.append('.').toString();
    }

    private record Param(String name, boolean required, String description, Schema<?> schema) { }

    private static List<Param> params(QueryDescription q) {
        List<Param> out = new ArrayList<>();
        for (QueryDescription.ParameterDescription p : q.parameters())
            out.add(new Param(p.name(), p.mustBeGiven(), p.variable() + ": " + p.expected() + (p.required() ? "" : "; optional"), schema(p)));
        if (q.paginated())
            out.add(new Param("page", false, "the page, " + q.pagination() + " results each",
                    new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1)));
        if (q.form().equals("SELECT"))
            out.add(new Param("provenance", false, "add to each row the source sentences behind it",
                    new BooleanSchema()._default(false)));
        return out;
    }

    private static Schema<?> schema(QueryDescription.ParameterDescription p) {
        if (p.allowedValues() != null) {
            // On the wire every value is text; an enumeration is listed as the strings a client sends.
            StringSchema s = new StringSchema();
            p.allowedValues().forEach(s::addEnumItem);
            if (p.parameter().type().kind() == ParameterType.Kind.IRI)
                s.format("uri");
            if (p.defaultValue() != null)
                s._default(p.defaultValue());
            return s;
        }
        String dt = p.datatype();
        String local = dt != null && dt.startsWith(XSD.NS) ? dt.substring(XSD.NS.length()) : "";
        Schema<?> s = switch (p.parameter().type().kind()) {
            case IRI -> new StringSchema().format("uri");
            case NUMBER -> new NumberSchema();
            case TYPED -> switch (local) {
                case "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte" -> new IntegerSchema().format(null);
                case "decimal", "double", "float" -> new NumberSchema();
                case "boolean" -> new BooleanSchema();
                case "date" -> new StringSchema().format("date");
                case "dateTime" -> new StringSchema().format("date-time");
                default -> new StringSchema();
            };
            default -> new StringSchema();
        };
        if (p.defaultValue() != null)
            setDefault(s, p.defaultValue());
        return s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setDefault(Schema s, String value) {
        // Each schema type casts the text to its own kind of value (a number for IntegerSchema).
        s.setDefault(value);
    }

    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
                continue;
            }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return b.toString();
    }
}
