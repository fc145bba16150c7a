package no.eukg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;

/**
 * One prefix table everywhere: the prefixes the shipped data files declare (which Fuseki uses at
 * /sparql) name each namespace as the publisher's table does (which /data and the dumps use), so
 * a reader never meets ev: in one answer and eurovoc: in the next.
 */
class PrefixesAgreeTest {
    @Test
    void the_data_files_name_each_namespace_as_the_prefix_table_does() {
        ProjectFiles files = new ProjectFiles(Path.of("."));
        DatasetGraph dsg = ProjectGraph.load(files);
        Map<String, String> byNamespace = new TreeMap<>();
        new Prefixes(files.namespace()).asMap().forEach((prefix, ns) -> byNamespace.put(ns, prefix));
        Map<String, String> disagreeing = new TreeMap<>();
        dsg.prefixes().forEach((prefix, ns) -> {
            String ours = byNamespace.get(ns);
            // The empty prefix is the files' shorthand for their own entities, not a name a reader meets twice.
            if (ours != null && !prefix.isEmpty() && !ours.equals(prefix))
                disagreeing.put(ns, prefix + ": where the table says " + ours + ":");
        });
        assertEquals(Map.of(), disagreeing);
    }
}
