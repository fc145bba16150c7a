package no.eukg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import no.eukg.graph.StoreSpec;

/** {@code --store mem|tdb2:DIR|sparql:URL}. */
final class StoreOptions {
    @Option(names = "--store", defaultValue = "mem", converter = Converter.class, paramLabel = "STORE",
            description = "mem (load the project files into memory), tdb2:DIR (a persistent database) or sparql:URL (any SPARQL 1.1 endpoint) (default: ${DEFAULT-VALUE}).")
    StoreSpec spec;

    StoreSpec spec() { return spec; }

    static final class Converter implements ITypeConverter<StoreSpec> {
        @Override
        public StoreSpec convert(String value) {
            try {
                return StoreSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
