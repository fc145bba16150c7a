package no.eukg.query;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import no.eukg.graph.GraphSourceException;

/**
 * The grlc decorators of a query file: every line starting with {@code #+}, which (without the
 * {@code #+} and one space) together form a YAML mapping. Known keys are {@code summary},
 * {@code description}, {@code tags}, {@code defaults}, {@code enumerate}, {@code pagination} and
 * {@code method}; anything else, or YAML that does not parse, is an error located at its line in
 * the file. Unlike grlc, which logs a broken header and carries on, a query with a bad header does
 * not load.
 *
 * @param summary     one line for listings
 * @param description longer text
 * @param tags        groups in the API documentation
 * @param defaults    parameter name to the value used when a request gives none
 * @param enumerate   parameter name to its listed values, or to an empty list: "draw them from the graph"
 * @param pagination  results per page, or 0 when the query is not paginated
 * @param methods     the HTTP methods that run the query (GET and POST unless restricted)
 */
public record QueryHeader(String summary, String description, List<String> tags, Map<String, Entry> defaults,
                          Map<String, EnumerateEntry> enumerate, int pagination, Set<String> methods) {
    /** The decorators this publisher understands, in the order they are documented. */
    public static final List<String> KEYS = List.of("summary", "description", "tags", "defaults", "enumerate", "pagination", "method");
    static final int MAX_PAGE_SIZE = 10_000;

    /** Tags that say why a query exists (it answers a competency question, it shows the API), not what it is about. */
    private static final Set<String> NOT_TOPICS = Set.of("competency", "api");

    /**
     * What the query is about, for grouping it in the API documentation, the catalogue and the home
     * page: its first tag that names a subject ({@code migration}, {@code people}), else its first
     * tag, else {@code other}.
     */
    public String topic() {
        return tags.stream().filter(t -> !NOT_TOPICS.contains(t)).findFirst()
                .orElse(tags.isEmpty() ? "other" : tags.get(0));
    }

    /** A default value and the file line it was written on. */
    public record Entry(String value, int line) { }

    /** A parameter's listed values (empty: from the graph), with the file line of the entry. */
    public record EnumerateEntry(List<String> values, int line) { }

    public QueryHeader {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(tags);
        defaults = Map.copyOf(defaults);
        enumerate = Map.copyOf(enumerate);
        methods = Set.copyOf(methods);
    }

    /** Reads the header of a query file's text; {@code file} is for error locations only. */
    public static QueryHeader parse(Path file, String text) {
        List<Integer> fileLines = new ArrayList<>();
        StringBuilder yaml = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("#+"))
                continue;
            String content = lines[i].substring(2);
            yaml.append(content.startsWith(" ") ? content.substring(1) : content).append('\n');
            fileLines.add(i + 1);
        }
        return new Reader(file, fileLines).read(yaml.toString());
    }

    /** Reads the YAML node tree, which keeps each node's line. */
    private static final class Reader {
        private final Path file;
        private final List<Integer> fileLines;

        Reader(Path file, List<Integer> fileLines) {
            this.file = file;
            this.fileLines = fileLines;
        }

        QueryHeader read(String yaml) {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowRecursiveKeys(false);
                options.setMaxAliasesForCollections(10);
                root = new Yaml(options).compose(new StringReader(yaml));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                throw error(mark, "the #+ header is not valid YAML: " + e.getProblem());
            } catch (RuntimeException e) {
                throw new GraphSourceException(file, fileLines.isEmpty() ? -1 : fileLines.get(0), 1,
                        "the #+ header is not valid YAML: " + e.getMessage());
            }
            String summary = "";
            String description = "";
            List<String> tags = List.of();
            Map<String, Entry> defaults = Map.of();
            Map<String, EnumerateEntry> enumerate = Map.of();
            int pagination = 0;
            Set<String> methods = Set.of("GET", "POST");
            if (root == null)
                return new QueryHeader(summary, description, tags, defaults, enumerate, pagination, methods);
            if (!(root instanceof MappingNode mapping))
                throw error(root, "the #+ header must be 'key: value' lines (" + String.join(", ", KEYS) + ")");
            Set<String> seen = new LinkedHashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode(), "a header key");
                Node value = tuple.getValueNode();
                if (!seen.add(key))
                    throw error(tuple.getKeyNode(), "'" + key + "' is given twice");
                switch (key) {
                    case "summary" -> summary = scalar(value, "summary");
                    case "description" -> description = scalar(value, "description");
                    case "tags" -> tags = strings(value, "tags");
                    case "defaults" -> defaults = defaults(value);
                    case "enumerate" -> enumerate = enumerate(value);
                    case "pagination" -> pagination = pagination(value);
                    case "method" -> methods = methods(value);
                    default -> throw error(tuple.getKeyNode(), "unknown header key '" + key + "' (known: "
                            + String.join(", ", KEYS) + ")");
                }
            }
            return new QueryHeader(summary.strip(), description.strip(), tags, defaults, enumerate, pagination, methods);
        }

        private Map<String, Entry> defaults(Node value) {
            Map<String, Entry> out = new LinkedHashMap<>();
            for (NodeTuple t : singleKeyMaps(value, "defaults", "- name: value")) {
                String name = scalar(t.getKeyNode(), "a parameter name");
                if (out.put(name, new Entry(scalar(t.getValueNode(), "the default of '" + name + "'"), line(t.getKeyNode()))) != null)
                    throw error(t.getKeyNode(), "a default for '" + name + "' is given twice");
            }
            return out;
        }

        private Map<String, EnumerateEntry> enumerate(Node value) {
            if (!(value instanceof SequenceNode seq))
                throw error(value, "enumerate must be a list of parameter names ('- name', values from the graph) "
                        + "or of '- name: [values]'");
            Map<String, EnumerateEntry> out = new LinkedHashMap<>();
            for (Node item : seq.getValue()) {
                String name;
                List<String> values;
                if (item instanceof ScalarNode) {
                    name = scalar(item, "a parameter name");
                    values = List.of();
                } else if (item instanceof MappingNode m && m.getValue().size() == 1) {
                    NodeTuple t = m.getValue().get(0);
                    name = scalar(t.getKeyNode(), "a parameter name");
                    values = strings(t.getValueNode(), "the values of '" + name + "'");
                    if (values.isEmpty())
                        throw error(t.getValueNode(), "the values of '" + name + "' are an empty list");
                } else {
                    throw error(item, "each enumerate entry is '- name' or '- name: [values]'");
                }
                if (out.put(name, new EnumerateEntry(values, line(item))) != null)
                    throw error(item, "'" + name + "' is enumerated twice");
            }
            return out;
        }

        private int pagination(Node value) {
            String text = scalar(value, "pagination");
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1 && n <= MAX_PAGE_SIZE)
                    return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(value, "pagination must be a whole number of results per page from 1 to " + MAX_PAGE_SIZE + ", not '" + text + "'");
        }

        private Set<String> methods(Node value) {
            Set<String> out = new LinkedHashSet<>();
            for (String m : strings(value, "method")) {
                String upper = m.strip().toUpperCase(Locale.ROOT);
                if (!upper.equals("GET") && !upper.equals("POST"))
                    throw error(value, "method must be GET or POST (or a list of both), not '" + m + "'");
                out.add(upper);
            }
            if (out.isEmpty())
                throw error(value, "method names no HTTP method");
            return out;
        }

        /** grlc writes {@code defaults} as a list of one-key maps; a plain map is read too. */
        private List<NodeTuple> singleKeyMaps(Node value, String what, String form) {
            if (value instanceof MappingNode m)
                return m.getValue();
            if (!(value instanceof SequenceNode seq))
                throw error(value, what + " must be a list of '" + form + "'");
            List<NodeTuple> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode m) || m.getValue().size() != 1)
                    throw error(item, "each entry of " + what + " is '" + form + "'");
                out.add(m.getValue().get(0));
            }
            return out;
        }

        private List<String> strings(Node value, String what) {
            if (value instanceof ScalarNode)
                return List.of(scalar(value, what));
            if (!(value instanceof SequenceNode seq))
                throw error(value, what + " must be a list of values");
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue())
                out.add(scalar(item, "each of " + what));
            return out;
        }

        private String scalar(Node node, String what) {
            if (!(node instanceof ScalarNode s))
                throw error(node, what + " must be a single value");
            return s.getValue();
        }

        private int line(Node node) {
            return fileLine(node.getStartMark());
        }

        private int fileLine(Mark mark) {
            if (mark == null || fileLines.isEmpty())
                return fileLines.isEmpty() ? -1 : fileLines.get(0);
            int i = Math.min(Math.max(mark.getLine(), 0), fileLines.size() - 1);
            return fileLines.get(i);
        }

        private GraphSourceException error(Node node, String message) {
            return error(node.getStartMark(), message);
        }

        private GraphSourceException error(Mark mark, String message) {
            // The YAML column is counted after the stripped "#+ ".
            int column = mark == null ? 1 : mark.getColumn() + 4;
            return new GraphSourceException(file, fileLine(mark), column, message);
        }
    }
}
