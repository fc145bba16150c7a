import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;

/**
 * Writes the project graph, exactly as {@code serve} loads it, as N-Quads: the data bare Fuseki
 * serves in the side-by-side benchmark.
 *
 * <p>Usage: {@code java -cp target/norway-eu-kg.jar bench/DumpGraph.java PROJECT BASE OUT.nq}
 */
public final class DumpGraph {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DumpGraph PROJECT BASE OUT.nq");
            System.exit(2);
        }
        DatasetGraph dsg = ProjectGraph.load(new ProjectFiles(Path.of(args[0])), args[1]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
        }
    }
}
