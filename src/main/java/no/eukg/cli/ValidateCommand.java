package no.eukg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.eukg.validate.Validation;
import no.eukg.validate.ValidationReport;
import no.eukg.validate.ValidationStamps;
import no.eukg.validate.Validator;

/**
 * {@code validate}: every check the server makes at start-up, with every problem listed as
 * {@code file:line:col: severity: message}; exit 1 if any is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the project: parse every RDF file with Jena and RDF4J Rio (strict), run the SHACL shapes,"
                + " check that facts and source sentences account for each other, and parse every query.",
                "Problems are printed as file:line:col: severity: message. Exit 0 when there are no errors, 1 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;
    @Mixin RetiredBaseOption retiredBase;

    @Override
    public Integer call() {
        Validation validation = new Validator(project.files()).validate();
        ValidationReport report = validation.report();
        report.print(spec.commandLine().getOut());
        // Validated here, the same files need not be validated, nor their graph built, again by serve.
        if (!report.hasErrors())
            ValidationStamps.ofThisProgram().flatMap(s -> s.of(project.files())).ifPresent(s -> {
                validation.graph().ifPresent(s::keep);
                s.record(report.warnings());
            });
        return report.hasErrors() ? Main.PROBLEM : Main.OK;
    }
}
