package no.eukg.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.XSD;

import no.eukg.query.CannedQuery;
import no.eukg.query.Parameter;
import no.eukg.query.ParameterType;
import no.eukg.query.QueryResult;
import no.eukg.query.QueryService;
import no.eukg.query.ResultFormat;
import no.eukg.query.ResultWriter;
import no.eukg.query.RunRequest;
import no.eukg.query.SourceSentence;
import no.eukg.web.Site;

/**
 * What the canned-query pages and the JSON catalogue show, and the links between them: one place
 * that knows the URL of a run, of a page of it, and of its query text.
 */
final class QueryPages {
    private static final Pattern BASE_DECLARED = Pattern.compile("(?im)^\\s*BASE\\s*<");
    private final Site site;
    private final QueryService service;

    QueryPages(Site site, QueryService service) {
        this.site = Objects.requireNonNull(site, "site");
        this.service = Objects.requireNonNull(service, "service");
    }

    /** The public URL of a query's runs, with an extension or not. */
    String runUrl(CannedQuery q, String ext) {
        return site.link("api/queries/" + q.name() + (ext == null ? "" : "." + ext));
    }

    /** The URL of a page of a run, keeping its parameters, its provenance flag and its extension. */
    String pageUrl(RunRequest r, int page, String ext) {
        StringBuilder b = new StringBuilder(runUrl(r.query(), ext));
        char sep = '?';
        for (var e : r.values().entrySet()) {
            b.append(sep).append(encode(e.getKey())).append('=').append(encode(ParameterType.lexical(e.getValue())));
            sep = '&';
        }
        if (r.query().header().pagination() > 0) {
            b.append(sep).append("page=").append(page);
            sep = '&';
        }
        if (r.provenance())
            b.append(sep).append("provenance=true");
        return b.toString();
    }

    /**
     * The query as text that runs anywhere: the file as written, with a {@code BASE} line after its
     * leading comments when it has none, so its relative IRIs mean what they mean on this server.
     */
    String queryText(CannedQuery q) {
        String text = q.text();
        if (BASE_DECLARED.matcher(text).find())
            return text;
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith("#"))
            i++;
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < i; j++)
            b.append(lines[j]).append('\n');
        b.append("BASE <").append(site.namespace().iri()).append(">\n");
        for (int j = i; j < lines.length; j++)
            b.append(lines[j]).append(j + 1 < lines.length ? "\n" : "");
        return b.toString();
    }

    /** The media types a query's results come in, the HTML table included. */
    static List<String> mediaTypes(CannedQuery q) {
        List<String> out = new ArrayList<>(ResultFormat.forQuery(q).stream().map(ResultFormat::mediaType).toList());
        out.add("text/html");
        return out;
    }

    // ---- the catalogue

    JsonObject catalogueJson() {
        JsonArray queries = new JsonArray();
        for (CannedQuery q : service.catalogue().queries()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("summary", q.header().summary());
            o.put("description", q.header().description());
            JsonArray tags = new JsonArray();
            q.header().tags().forEach(tags::add);
            o.put("tags", tags);
            o.put("form", q.form());
            JsonArray methods = new JsonArray();
            q.header().methods().stream().sorted().forEach(methods::add);
            o.put("methods", methods);
            if (q.header().pagination() > 0)
                o.put("pagination", q.header().pagination());
            o.put("href", runUrl(q, null));
            o.put("queryText", runUrl(q, "rq"));
            JsonArray formats = new JsonArray();
            mediaTypes(q).forEach(formats::add);
            o.put("formats", formats);
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters()) {
                JsonObject j = new JsonObject();
                j.put("name", p.name());
                j.put("variable", "?" + p.variable().getVarName());
                j.put("required", p.required());
                j.put("type", p.type().label());
                if (p.type().datatypeIri() != null)
                    j.put("datatype", p.type().datatypeIri());
                if (p.type().language() != null)
                    j.put("language", p.type().language());
                j.put("expected", p.type().expected());
                if (p.defaultValue() != null)
                    j.put("default", ParameterType.lexical(p.defaultValue()));
                if (p.enumeration().restricted()) {
                    JsonArray allowed = new JsonArray();
                    service.allowedValues(q, p).forEach(n -> allowed.add(ParameterType.lexical(n)));
                    j.put("allowedValues", allowed);
                }
                params.add(j);
            }
            o.put("parameters", params);
            queries.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("openapi", site.link("api/openapi.json"));
        root.put("queries", queries);
        return root;
    }

    Map<String, Object> catalogueScope() {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (CannedQuery q : service.catalogue().queries()) {
            Map<String, Object> m = describe(q);
            m.put("form", form(q, Map.of(), false));
            queries.add(m);
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", "Canned queries");
        scope.put("queries", queries);
        scope.put("count", queries.size());
        scope.put("openapi", site.link("api/openapi.json"));
        scope.put("docs", site.link("api/"));
        scope.put("alternates", List.of(Map.of("type", "application/json", "href", site.link("api/queries"))));
        return scope;
    }

    private Map<String, Object> describe(CannedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("summary", q.header().summary());
        m.put("description", q.header().description());
        m.put("tags", q.header().tags());
        m.put("queryForm", q.form());
        m.put("href", runUrl(q, null));
        m.put("rqHref", runUrl(q, "rq"));
        m.put("paginated", q.header().pagination() > 0);
        m.put("pagination", q.header().pagination());
        List<Map<String, Object>> params = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("variable", "?" + p.variable().getVarName());
            pm.put("type", p.type().label());
            pm.put("required", p.required());
            pm.put("expected", p.type().expected());
            pm.put("default", p.defaultValue() == null ? null : ParameterType.lexical(p.defaultValue()));
            pm.put("allowed", p.enumeration().restricted()
                    ? String.join(", ", service.allowedValues(q, p).stream().map(ParameterType::lexical).toList()) : null);
            params.add(pm);
        }
        m.put("parameters", params);
        m.put("hasParameters", !params.isEmpty());
        return m;
    }

    /** The form that runs a query in the browser, filled with the values of a run. */
    private Map<String, Object> form(CannedQuery q, Map<String, Node> values, boolean provenance) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            Node value = values.get(p.name());
            String text = value == null ? "" : ParameterType.lexical(value);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", p.name());
            f.put("id", q.name() + "-" + p.name());
            f.put("label", p.name() + " (" + p.type().label() + ")");
            f.put("required", p.mustBeGiven());
            f.put("placeholder", p.type().expected());
            f.put("value", text);
            if (p.enumeration().restricted()) {
                List<Map<String, Object>> options = new ArrayList<>();
                for (Node n : service.allowedValues(q, p)) {
                    String lex = ParameterType.lexical(n);
                    options.add(Map.of("value", lex, "selected", lex.equals(text)));
                }
                f.put("options", options);
                f.put("select", true);
            } else {
                f.put("select", false);
            }
            fields.add(f);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", runUrl(q, null));
        form.put("fields", fields);
        form.put("rows", q.query().isSelectType());
        form.put("provenance", provenance);
        form.put("id", q.name());
        return form;
    }

    // ---- a run

    Map<String, Object> runScope(RunRequest r, QueryResult result) {
        CannedQuery q = r.query();
        Map<String, Object> scope = describe(q);
        scope.put("title", q.header().summary().isEmpty() ? q.name() : q.header().summary());
        scope.put("catalogue", site.link("api/queries"));
        scope.put("form", form(q, r.values(), r.provenance()));
        scope.put("page", r.page());
        List<Map<String, String>> alternates = new ArrayList<>();
        for (ResultFormat f : ResultFormat.forQuery(q))
            alternates.add(Map.of("type", f.mediaType(), "href", pageUrl(r, r.page(), f.extension()), "ext", f.extension()));
        scope.put("alternates", alternates);
        PrefixMapping prefixes = q.query().getPrefixMapping();
        if (result instanceof QueryResult.Rows rows) {
            scope.put("isRows", true);
            List<String> columns = new ArrayList<>(rows.vars().stream().map(Var::getVarName).toList());
            if (rows.hasProvenance())
                columns.add(ResultWriter.provenanceVar(rows.vars()).getVarName());
            scope.put("columns", columns);
            List<Map<String, Object>> table = new ArrayList<>();
            for (int i = 0; i < rows.rows().size(); i++) {
                Binding b = rows.rows().get(i);
                List<Map<String, Object>> cells = new ArrayList<>();
                for (Var v : rows.vars())
                    cells.add(cell(b.get(v), prefixes));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("cells", cells);
                if (rows.hasProvenance()) {
                    List<Map<String, String>> sentences = new ArrayList<>();
                    for (SourceSentence s : rows.provenance().get(i))
                        sentences.add(Map.of("href", s.iri(), "label", shortIri(s.iri(), prefixes), "text", s.text()));
                    row.put("sentences", sentences);
                    row.put("hasProvenance", true);
                }
                table.add(row);
            }
            scope.put("rows", table);
            scope.put("empty", table.isEmpty());
            scope.put("count", table.size());
            if (q.header().pagination() > 0) {
                Map<String, String> nav = new LinkedHashMap<>();
                nav.put("first", pageUrl(r, 1, null));
                if (r.page() > 1)
                    nav.put("prev", pageUrl(r, r.page() - 1, null));
                if (rows.hasNext())
                    nav.put("next", pageUrl(r, r.page() + 1, null));
                scope.put("nav", nav);
            }
        } else if (result instanceof QueryResult.Answer answer) {
            scope.put("isAnswer", true);
            scope.put("answer", answer.value() ? "yes" : "no");
        } else if (result instanceof QueryResult.Triples triples) {
            scope.put("isRows", true);
            scope.put("columns", List.of("subject", "predicate", "object"));
            List<Map<String, Object>> table = new ArrayList<>();
            List<Triple> sorted = triples.graph().find().toList();
            sorted.sort(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString())
                    .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
            for (Triple t : sorted)
                table.add(Map.of("cells", List.of(cell(t.getSubject(), prefixes), cell(t.getPredicate(), prefixes), cell(t.getObject(), prefixes))));
            scope.put("rows", table);
            scope.put("empty", table.isEmpty());
            scope.put("count", table.size());
        }
        return scope;
    }

    /** A table cell: IRIs link to themselves (they dereference on this server), literals show their language or type. */
    private Map<String, Object> cell(Node n, PrefixMapping prefixes) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (n == null) {
            c.put("text", "");
        } else if (n.isURI()) {
            c.put("href", site.localCopy(n.getURI()));
            c.put("text", shortIri(n.getURI(), prefixes));
        } else if (n.isLiteral()) {
            c.put("text", n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                c.put("note", "@" + lang);
            else if (!n.getLiteralDatatypeURI().equals(XSD.xstring.getURI()))
                c.put("note", shortIri(n.getLiteralDatatypeURI(), prefixes));
        } else {
            c.put("text", n.toString());
        }
        return c;
    }

    private String shortIri(String iri, PrefixMapping prefixes) {
        if (iri.startsWith(XSD.NS))
            return "xsd:" + iri.substring(XSD.NS.length());
        String q = prefixes.qnameFor(iri);
        if (q != null)
            return q;
        return site.namespace().pathOf(iri).filter(path -> !path.isEmpty()).orElse(iri);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
