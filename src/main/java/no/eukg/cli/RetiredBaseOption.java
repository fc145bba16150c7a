package no.eukg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --base} on a command that no longer takes it ({@code load}, {@code export},
 * {@code validate}, {@code query}): the graph's IRIs are the project's canonical namespace, so
 * nothing these commands read or write depends on where it will be served. A script that still
 * passes it is told why, rather than "unknown option". Hidden from {@code --help}.
 */
final class RetiredBaseOption {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--base", hidden = true, paramLabel = "IRI")
    void base(String ignored) {
        throw new ParameterException(spec.commandLine(), "--base is gone from " + spec.name()
                + ": the graph's IRIs are its canonical namespace (data/namespace.properties), whatever"
                + " address it is served at; only serve --base says where a server is reachable");
    }
}
