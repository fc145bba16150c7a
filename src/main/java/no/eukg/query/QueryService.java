package no.eukg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingProject;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import no.eukg.graph.CompleteReads;
import no.eukg.graph.Store;
import no.eukg.graph.TruncatedAnswerException;

/**
 * Runs canned queries: checks a request's parameters and turns them into typed RDF terms, binds them
 * into the parsed query (never into its text), pages it, runs it against the store within the time
 * limit, and finds each row's source sentences when asked. Used by the Web API and the
 * {@code query} command alike, so both give the same answers and the same errors.
 */
public final class QueryService {
    private static final int MAX_PAGE = 1_000_000;
    private final QueryCatalogue catalogue;
    private final Store store;
    private final Duration timeout;
    private final ProvenanceFinder provenance;
    private final Map<String, List<Node>> enumerations = new ConcurrentHashMap<>();

    public QueryService(QueryCatalogue catalogue, Store store, Duration timeout) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.provenance = new ProvenanceFinder(this::selectAll);
    }

    public QueryCatalogue catalogue() { return catalogue; }

    /**
     * The values a parameter may take: those listed in the header, or those found in the graph (computed
     * once by this service: the web keeps one service per version of the dataset), or an empty list
     * when any value of its type is allowed.
     */
    public List<Node> allowedValues(CannedQuery query, Parameter parameter) {
        return switch (parameter.enumeration().source()) {
            case NONE -> List.of();
            case LISTED -> parameter.enumeration().listed();
            case GRAPH -> enumerations.computeIfAbsent(query.name() + "\u0000" + parameter.name(), k ->
                    guarded(query, () -> selectAll(parameter.enumeration().fromGraph())).stream()
                            .map(b -> b.get(parameter.variable()))
                            .filter(n -> n != null && parameter.type().accepts(n))
                            .distinct()
                            .toList());
        };
    }

    /**
     * Checks a request: every value parsed by its parameter's type and, if enumerated, one of the
     * allowed values; defaults for what is missing; {@code page} and {@code provenance} read.
     * An empty value counts as not given (as an empty field of an HTML form).
     *
     * @param name  the query's name
     * @param given request parameter name to its values
     * @throws QueryProblem naming the parameter, the value and what was expected
     */
    public RunRequest bind(String name, Map<String, List<String>> given) {
        CannedQuery query = catalogue.get(name);
        Map<String, String> single = new HashMap<>();
        for (var e : given.entrySet()) {
            // A parameter starting with '_' is the client's own (jQuery's cache-buster _=123): no
            // canned query's parameter can be named so (?_name is a required ?name), so it is
            // ignored, as grlc does, rather than refused.
            if (e.getKey().startsWith("_"))
                continue;
            List<String> values = e.getValue().stream().filter(v -> v != null && !v.isEmpty()).toList();
            if (values.size() > 1)
                throw QueryProblem.bad("parameter '" + e.getKey() + "' is given " + values.size() + " times; give it once");
            if (!CannedQuery.RESERVED.contains(e.getKey()) && query.parameter(e.getKey()).isEmpty())
                throw QueryProblem.bad("query '" + query.name() + "' has no parameter '" + e.getKey() + "' (its parameters: "
                        + parameterList(query) + ")");
            if (!values.isEmpty())
                single.put(e.getKey(), values.get(0));
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Parameter p : query.parameters()) {
            String value = single.get(p.name());
            if (value == null) {
                if (p.defaultValue() != null)
                    bound.put(p.name(), p.defaultValue());
                else if (p.required())
                    throw QueryProblem.bad("missing required parameter '" + p.name() + "' of query '" + query.name()
                            + "': expected " + p.type().expected());
                continue;
            }
            Node node;
            try {
                node = p.type().parse(value);
            } catch (IllegalArgumentException e) {
                throw QueryProblem.bad("parameter '" + p.name() + "': '" + value + "' is not valid: " + e.getMessage());
            }
            List<Node> allowed = allowedValues(query, p);
            if (p.enumeration().restricted() && !allowed.contains(node))
                throw QueryProblem.bad("parameter '" + p.name() + "': '" + value + "' is not one of the allowed values: "
                        + allowed.stream().map(ParameterType::lexical).collect(Collectors.joining(", ")));
            bound.put(p.name(), node);
        }
        int page = page(query, single.get("page"));
        boolean withProvenance = provenanceFlag(query, single.get("provenance"));
        return new RunRequest(query, bound, page, withProvenance);
    }

    private static String parameterList(CannedQuery query) {
        List<String> names = new ArrayList<>(query.parameters().stream().map(Parameter::name).toList());
        if (query.header().pagination() > 0)
            names.add("page");
        if (query.query().isSelectType())
            names.add("provenance");
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static int page(CannedQuery query, String value) {
        if (value == null)
            return 1;
        if (query.header().pagination() == 0)
            throw QueryProblem.bad("parameter 'page': query '" + query.name() + "' is not paginated; it returns all its results at once");
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= MAX_PAGE)
                return page;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw QueryProblem.bad("parameter 'page': '" + value + "' is not valid: expected a whole number from 1 to " + MAX_PAGE);
    }

    private static boolean provenanceFlag(CannedQuery query, String value) {
        if (value == null)
            return false;
        boolean flag = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QueryProblem.bad("parameter 'provenance': '" + value + "' is not valid: expected true or false");
        };
        if (flag && !query.query().isSelectType())
            throw QueryProblem.bad("parameter 'provenance': source sentences are given for the rows of SELECT queries; '"
                    + query.name() + "' is a " + query.form() + " query");
        return flag;
    }

    /** The query with the request's values bound as terms, before paging. */
    public Query bound(RunRequest request) {
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        request.values().forEach((name, node) ->
                substitutions.put(request.query().parameter(name).orElseThrow().variable(), node));
        return QueryTransformOps.replaceVars(request.query().query(), substitutions);
    }

    /** Runs a checked request. */
    public QueryResult run(RunRequest request) {
        return guarded(request.query(), () -> answer(request));
    }

    private QueryResult answer(RunRequest request) {
        Query bound = bound(request);
        CannedQuery query = request.query();
        if (query.query().isAskType())
            return new QueryResult.Answer(exec(bound, QueryExec::ask));
        if (query.returnsGraph()) {
            Graph g = exec(bound, e -> {
                Graph copy = GraphFactory.createDefaultGraph();
                Graph result = query.query().isConstructType() ? e.construct() : e.describe();
                result.find().forEachRemaining(copy::add);
                return copy;
            });
            g.getPrefixMapping().setNsPrefixes(query.query().getPrefixMapping());
            return new QueryResult.Triples(g);
        }
        return rows(request, bound);
    }

    /** Store failures as the problems a client is told about. */
    private <T> T guarded(CannedQuery query, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (QueryCancelledException e) {
            throw new QueryProblem(QueryProblem.Kind.TIMEOUT, "query '" + query.name() + "' took longer than "
                    + timeout.toMillis() + " ms and was stopped");
        } catch (HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            throw new QueryProblem(QueryProblem.Kind.STORE_FAILED, "the store did not answer query '" + query.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The query a request sends to the store: bound and, for a page of a paginated query, with
     * the page's offset and a limit of one more than a page (which says whether there is a next
     * page without counting them all). Empty for a page beyond the query's own limit, which sends
     * nothing. The benchmarks send bare Fuseki exactly this.
     */
    public Optional<Query> sent(RunRequest request) {
        // bound() makes a fresh copy, so it can be paged in place (QueryTransformOps.shallowCopy
        // would drop the aggregators).
        Query paged = bound(request);
        int size = request.query().header().pagination();
        if (size > 0 && paged.isSelectType()) {
            long offset = paged.hasOffset() ? paged.getOffset() : 0;
            long limit = paged.hasLimit() ? paged.getLimit() : Long.MAX_VALUE;
            long skip = (long) (request.page() - 1) * size;
            long remaining = limit - skip;
            if (remaining <= 0)
                return Optional.empty();
            paged.setOffset(offset + skip);
            paged.setLimit(Math.min(size + 1L, remaining));
        }
        return Optional.of(paged);
    }

    private QueryResult.Rows rows(RunRequest request, Query bound) {
        int size = request.query().header().pagination();
        Optional<Query> sent = sent(request);
        if (sent.isEmpty())
            return new QueryResult.Rows(bound.getProjectVars(), List.of(), false, request.provenance() ? List.of() : null);
        Query paged = sent.get();
        boolean hasNext = false;
        List<Var> vars;
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = store.query(paged).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rs = exec.select();
            vars = rs.getResultVars();
            rs.forEachRemaining(rows::add);
        }
        // Virtuoso 7.2 answers some SELECT DISTINCT (VALUES with OPTIONAL) with repeated rows.
        if (paged.isDistinct())
            rows = new ArrayList<>(new java.util.LinkedHashSet<>(rows));
        // A store that cuts answers gives exactly its cap when it cut one: never pass that off as
        // all, but read the whole answer in pages.
        OptionalInt cap = store.rowCap(timeout);
        if (cap.isPresent() && rows.size() >= cap.getAsInt())
            rows = whole(request.query().name(), paged, cap.getAsInt());
        if (size > 0 && rows.size() > size) {
            hasNext = true;
            rows = rows.subList(0, size);
        }
        // Provenance reads only the pattern of the unpaged query.
        List<List<SourceSentence>> sentences = request.provenance() ? provenance.find(bound, vars, rows) : null;
        return new QueryResult.Rows(vars, rows, hasNext, sentences);
    }

    /**
     * The whole answer of a SELECT that the store cut at its row cap: read again in pages of the
     * cap and checked against the store's own count ({@link CompleteReads}), without the query's
     * ORDER BY, LIMIT and OFFSET, since a store with a cap refuses to sort past it (Virtuoso's
     * SR353); then sorted, made distinct and cut here as the query says (SPARQL's order: ORDER BY,
     * projection, DISTINCT, OFFSET, LIMIT). What the query is ordered by but does not return (a
     * sentence's offset, say) is read too, and dropped after the sort; a grouped query can return
     * its group keys only, so one ordered by anything else cannot be read so, and is refused.
     */
    private List<Binding> whole(String name, Query query, int cap) {
        List<SortCondition> order = query.hasOrderBy() ? List.copyOf(query.getOrderBy()) : List.of();
        List<Var> returned = query.getProjectVars();
        Set<Var> sortedBy = new LinkedHashSet<>();
        order.forEach(c -> sortedBy.addAll(c.getExpression().getVarsMentioned()));
        sortedBy.removeAll(returned);
        boolean grouped = query.hasGroupBy() || query.hasAggregators();
        if (!sortedBy.isEmpty() && grouped && !(query.hasGroupBy() && query.getGroupBy().getVars().containsAll(sortedBy)))
            throw new TruncatedAnswerException("query '" + name + "' has " + cap + " rows or more, the SPARQL store cuts answers at "
                    + cap + " rows, and the query is ordered by what it neither returns nor groups by, so it cannot be read in pages");
        // A copy of its own, written and parsed again, to change without touching the request's query.
        Query unordered = QueryFactory.create(query.serialize(Syntax.syntaxARQ), Syntax.syntaxARQ);
        if (unordered.getOrderBy() != null)
            unordered.getOrderBy().clear();
        unordered.setLimit(Query.NOLIMIT);
        unordered.setOffset(Query.NOLIMIT);
        // Without its DISTINCT while it returns more than the query: distinct rows of the wider
        // projection would not be distinct answers.
        if (!sortedBy.isEmpty()) {
            unordered.setDistinct(false);
            unordered.setReduced(false);
            sortedBy.forEach(unordered::addResultVar);
        }
        List<Binding> all = new ArrayList<>();
        CompleteReads.select(store, unordered, timeout, all::add);
        if (!order.isEmpty())
            all.sort(new BindingComparator(order));
        if (!sortedBy.isEmpty())
            all.replaceAll(b -> new BindingProject(returned, b));
        if (query.isDistinct() || query.isReduced())
            all = new ArrayList<>(new LinkedHashSet<>(all));
        long from = query.hasOffset() ? query.getOffset() : 0;
        long to = query.hasLimit() ? Math.min(all.size(), from + query.getLimit()) : all.size();
        return from >= all.size() ? List.of() : all.subList((int) from, (int) to);
    }

    /** Every row of a SELECT, read in pages where the store cuts answers ({@link CompleteReads}). */
    private List<Binding> selectAll(Query query) {
        List<Binding> out = new ArrayList<>();
        CompleteReads.select(store, query, timeout, out::add);
        return out;
    }

    private <T> T exec(Query query, java.util.function.Function<QueryExec, T> f) {
        try (QueryExec exec = store.query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return f.apply(exec);
        }
    }
}
