package no.eukg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.eukg.graph.GraphLoader;
import no.eukg.graph.StoreSpec;
import no.eukg.graph.Tdb2Stores;

/**
 * {@code load}: validates the files completely, then adds them to a TDB2 store in one
 * transaction, so a bad file or a kill part-way leaves the store as it was.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Validate RDF files, then load them atomically into a TDB2 store (default: the project's own graph).")
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--base", converter = BaseIri.class, defaultValue = "http://localhost:3030/",
            description = "Base IRI that relative IRIs resolve against: the base the server will publish (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (!(storeOptions.spec() instanceof StoreSpec.Tdb2 tdb2))
            throw new ParameterException(spec.commandLine(), "load needs --store tdb2:DIR (got " + storeOptions.spec() + ")");
        PrintWriter err = spec.commandLine().getErr();
        err.println("validating " + (files.isEmpty() ? "the project graph" : files.size() + " file(s)") + " ...");
        DatasetGraph validated = files.isEmpty() ? project.graph(base) : new GraphLoader(base).load(files);
        long total = validated.stream().count();
        ProgressBar bar = new ProgressBar(err, total);
        long loaded = Tdb2Stores.load(tdb2.dir(), validated, bar::update);
        bar.done();
        err.println("loaded " + loaded + " quads into " + tdb2.dir());
        return Main.OK;
    }
}
