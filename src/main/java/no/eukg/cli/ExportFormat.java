package no.eukg.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import no.eukg.export.Dumps;
import no.eukg.export.FormatNames;
import no.eukg.export.RdfSyntax;
import no.eukg.export.graph.GraphFormat;
import no.eukg.export.graph.GraphExports;

/**
 * What {@code export --format} writes: an RDF dump or a graph export, exactly one. Its names are
 * those of the syntaxes' and graph formats' own tables, read through {@link FormatNames}, so
 * picocli lists them ({@link Names}) and refuses any other ({@link Converter}) from those tables.
 */
record ExportFormat(RdfSyntax dump, GraphFormat graph) {
    ExportFormat {
        if ((dump == null) == (graph == null))
            throw new IllegalArgumentException("an export is a dump or a graph export");
    }

    /** Every name, dumps first: ttl, nt, nq, trig, jsonld, rdf, graphml, gexf, dot, cyjs. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>(Dumps.formatNames());
            all.addAll(GraphExports.formats());
            return all.iterator();
        }
    }

    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String name) {
            return RdfSyntax.byFormatName(name).map(s -> new ExportFormat(s, null))
                    .or(() -> GraphFormat.byId(FormatNames.canonical(name)).map(g -> new ExportFormat(null, g)))
                    .orElseThrow(() -> new TypeConversionException("'" + name + "' is not one of "
                            + String.join(", ", (Iterable<String>) new Names())));
        }
    }
}
