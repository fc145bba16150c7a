package no.eukg.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The links between the pages of a paged run (in the format of {@code ext}, or negotiated); empty when it is not paged. */
    Optional<QueryViews.Nav> nav(RunRequest r, String ext, boolean hasNext) {
        if (r.query().header().pagination() == 0)
            return Optional.empty();
        return Optional.of(new QueryViews.Nav(pageUrl(r, 1, ext),
                r.page() > 1 ? pageUrl(r, r.page() - 1, ext) : null,
                hasNext ? pageUrl(r, r.page() + 1, ext) : null));
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

    /** What the API publishes about each query, in the catalogue's order. */
    List<QueryDescription> descriptions() {
        return service.catalogue().queries().stream().map(this::description).toList();
    }

    QueryDescription description(CannedQuery q) {
        return QueryDescription.of(q, service, this);
    }

    // ---- the catalogue

    /** The catalogue as JSON: the link to the OpenAPI document, then every query's description. */
    Map<String, Object> catalogueJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("openapi", site.link("api/openapi.json"));
        root.put("queries", descriptions());
        return root;
    }

    QueryViews.Catalogue catalogueView() {
        List<QueryViews.Entry> entries = service.catalogue().queries().stream()
                .map(q -> new QueryViews.Entry(description(q), form(q, Map.of(), false)))
                .toList();
        return new QueryViews.Catalogue(entries, site.link("api/openapi.json"), site.link("api/"),
                List.of(new QueryViews.Alternate("application/json", site.link("api/queries"), "json")));
    }

    /** The form that runs a query in the browser, filled with the values of a run. */
    private QueryViews.Form form(CannedQuery q, Map<String, Node> values, boolean provenance) {
        return form(q, p -> values.containsKey(p.name()) ? ParameterType.lexical(values.get(p.name())) : "", provenance);
    }

    /** The form, each field filled with {@code text} of its parameter ("" for none). */
    private QueryViews.Form form(CannedQuery q, java.util.function.Function<Parameter, String> texts, boolean provenance) {
        List<QueryViews.Field> fields = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            String text = texts.apply(p);
            List<QueryViews.Option> options = null;
            if (p.enumeration().restricted())
                options = service.allowedValues(q, p).stream()
                        .map(ParameterType::lexical)
                        .map(lex -> new QueryViews.Option(lex, lex.equals(text)))
                        .toList();
            fields.add(new QueryViews.Field(q.name() + "-" + p.name(), p.name(), p.name() + " (" + p.type().label() + ")",
                    p.mustBeGiven(), p.type().expected(), text, options));
        }
        return new QueryViews.Form(q.name(), runUrl(q, null), fields, q.query().isSelectType(), provenance);
    }

    // ---- a run

    QueryViews.Run runView(RunRequest r, QueryResult result) {
        CannedQuery q = r.query();
        List<QueryViews.Alternate> alternates = ResultFormat.forQuery(q).stream()
                .map(f -> new QueryViews.Alternate(f.mediaType(), pageUrl(r, r.page(), f.extension()), f.extension()))
                .toList();
        PrefixMapping prefixes = q.query().getPrefixMapping();
        QueryViews.Table table = null;
        QueryViews.Answer answer = null;
        if (result instanceof QueryResult.Rows rows) {
            List<String> columns = new ArrayList<>(rows.vars().stream().map(Var::getVarName).toList());
            if (rows.hasProvenance())
                columns.add(ResultWriter.provenanceVar(rows.vars()).getVarName());
            List<QueryViews.Row> out = new ArrayList<>();
            for (int i = 0; i < rows.rows().size(); i++) {
                Binding b = rows.rows().get(i);
                List<QueryViews.Cell> cells = rows.vars().stream().map(v -> cell(b.get(v), prefixes)).toList();
                List<QueryViews.Sentence> sentences = !rows.hasProvenance() ? null : rows.provenance().get(i).stream()
                        .map(s -> new QueryViews.Sentence(s.iri(), shortIri(s.iri(), prefixes), s.text()))
                        .toList();
                out.add(new QueryViews.Row(cells, sentences));
            }
            table = new QueryViews.Table(columns, out, nav(r, null, rows.hasNext()).orElse(null));
        } else if (result instanceof QueryResult.Answer a) {
            answer = new QueryViews.Answer(a.value());
        } else if (result instanceof QueryResult.Triples triples) {
            List<Triple> sorted = triples.graph().find().toList();
            sorted.sort(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString())
                    .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
            List<QueryViews.Row> out = sorted.stream()
                    .map(t -> new QueryViews.Row(List.of(cell(t.getSubject(), prefixes), cell(t.getPredicate(), prefixes),
                            cell(t.getObject(), prefixes)), null))
                    .toList();
            table = new QueryViews.Table(List.of("subject", "predicate", "object"), out, null);
        }
        return new QueryViews.Run(description(q), site.link("api/queries"), form(q, r.values(), r.provenance()), r.page(),
                alternates, table, answer, null);
    }

    /**
     * A request for a query's page that cannot be run (a parameter missing or of the wrong type):
     * why, and the form filled with what was sent, to be mended there.
     */
    QueryViews.Run problemView(CannedQuery q, Map<String, List<String>> sent, String problem) {
        QueryViews.Form form = form(q, p -> sent.getOrDefault(p.name(), List.of("")).get(0),
                sent.getOrDefault("provenance", List.of("")).get(0).equals("true"));
        return new QueryViews.Run(description(q), site.link("api/queries"), form, 1, List.of(), null, null, problem);
    }

    /** A table cell: IRIs link to this server's copy, literals show their language or type. */
    private QueryViews.Cell cell(Node n, PrefixMapping prefixes) {
        if (n == null)
            return new QueryViews.Cell("", null, null);
        if (n.isURI())
            return new QueryViews.Cell(shortIri(n.getURI(), prefixes), site.localCopy(n.getURI()), null);
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String note = lang != null && !lang.isEmpty() ? "@" + lang
                    : n.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) ? null : shortIri(n.getLiteralDatatypeURI(), prefixes);
            return new QueryViews.Cell(n.getLiteralLexicalForm(), null, note);
        }
        return new QueryViews.Cell(n.toString(), null, null);
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
