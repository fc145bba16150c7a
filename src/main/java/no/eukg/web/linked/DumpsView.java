package no.eukg.web.linked;

import no.eukg.web.Templates;

import java.util.List;
import java.util.Objects;

/**
 * What the {@code dumps} template shows: every dump file with its format, what it holds, its size
 * and checksum. The page is in English only.
 *
 * @param json the same list as JSON
 * @param datasetDescription the VoID and DCAT description ({@code void} would be a keyword here)
 */
record DumpsView(List<Row> rows, String json, String datasetDescription) implements Templates.Localized {
    DumpsView {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(datasetDescription, "datasetDescription");
        rows = List.copyOf(rows);
    }

    String title() { return "Dumps"; }

    public String lang() { return "en"; }

    /**
     * One dump file.
     *
     * @param format e.g. {@code Turtle, gzipped}
     * @param graphs what it holds: the full dataset or the truthy graph
     * @param bytes formatted with thousands separators, as is {@code statements}
     */
    record Row(String file, String href, String format, String graphs, String bytes, String statements, String sha256) {
        Row {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(graphs, "graphs");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(statements, "statements");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
