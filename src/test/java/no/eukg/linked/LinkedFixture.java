package no.eukg.linked;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.eukg.graph.LocalStore;
import no.eukg.graph.Namespace;
import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.graph.Store;

/** The linked-data fixture project (src/test/resources/linked/project) loaded in memory. */
public final class LinkedFixture {
    /** Where the fixture's server is reachable in tests: links are on it. */
    public static final String BASE = "http://kg.test/";

    /** The fixture's canonical namespace (its data/namespace.properties): IRIs are under it. */
    public static final Namespace NAMESPACE = new ProjectFiles(project()).namespace();

    private LinkedFixture() { }

    public static Path project() {
        return Path.of("src/test/resources/linked/project");
    }

    public static Store store() {
        return new LocalStore(ProjectGraph.load(new ProjectFiles(project())), "mem", () -> { });
    }

    public static Node id(String name) {
        return NodeFactory.createURI(NAMESPACE.resources() + name);
    }

    public static Node term(String name) {
        return NodeFactory.createURI(NAMESPACE.ontologyTerms() + name);
    }
}
