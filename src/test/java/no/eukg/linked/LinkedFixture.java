package no.eukg.linked;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.graph.LocalStore;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;

/** The linked-data fixture project (src/test/resources/linked/project) loaded in memory. */
public final class LinkedFixture {
    public static final String BASE = "http://kg.test/";

    private LinkedFixture() { }

    public static Path project() {
        return Path.of("src/test/resources/linked/project");
    }

    public static Store store() {
        return store(BASE);
    }

    public static Store store(String base) {
        return new LocalStore(ProjectGraph.load(new ProjectFiles(project()), base), "mem", () -> { });
    }

    public static Node id(String name) {
        return NodeFactory.createURI(BASE + "id/" + name);
    }

    public static Node term(String name) {
        return NodeFactory.createURI(BASE + "ontology#" + name);
    }
}
