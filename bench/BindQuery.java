import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;
import no.eukg.graph.StoreSpec;
import no.eukg.graph.Stores;
import no.eukg.query.QueryCatalogue;
import no.eukg.query.QueryService;
import no.eukg.query.RunRequest;

/**
 * Prints a canned query as bare Fuseki must receive it to do the same work as the publisher's
 * Web API: the API's own binding ({@link QueryService#bind}, {@link QueryService#sent}), so the
 * parameters are checked, typed and substituted, and a paginated query is paged, exactly as a
 * request to {@code /api/queries/NAME?...} would have them.
 *
 * <p>Usage: {@code java -cp target/norway-eu-kg.jar bench/BindQuery.java PROJECT [STORE] < JOBS},
 * one job a line: {@code NAME[TAB]QUERY-STRING}, where the query string is the API's
 * ({@code q=stability&lang=en}, values URL-encoded). Enumerated values are checked against STORE
 * ({@code serve --store}'s syntax; default: the project's own graph in memory). Prints each
 * query on one line.
 */
public final class BindQuery {
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BindQuery PROJECT [STORE] < JOBS   (a job a line: NAME[TAB]QUERY-STRING)");
            System.exit(2);
        }
        ProjectFiles files = new ProjectFiles(Path.of(args[0]));
        QueryCatalogue catalogue = QueryCatalogue.load(files.queryFiles(), files.namespace());
        StoreSpec spec = StoreSpec.parse(args.length == 2 ? args[1] : "mem");
        try (Store store = Stores.open(spec, files::namespace, () -> ProjectGraph.load(files))) {
            QueryService service = new QueryService(catalogue, store, java.time.Duration.ofMinutes(1));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank())
                    continue;
                String[] job = line.split("\t", 2);
                RunRequest run = service.bind(job[0], parameters(job.length > 1 ? job[1] : ""));
                System.out.println(service.sent(run).orElseThrow(() -> new IllegalArgumentException(job[0] + ": beyond the last page"))
                        .serialize().replaceAll("\\s*\\n\\s*", " ").strip());
            }
        }
    }

    private static Map<String, List<String>> parameters(String queryString) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty())
                continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
