package no.eukg.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import no.eukg.query.ResultFormat;

/**
 * What {@code query --format} prints: an aligned table for people, or one of the API's result
 * formats by its name (the extension it has in every URL, or an alias of it). picocli lists the
 * names ({@link Names}) and refuses any other ({@link Converter}).
 *
 * @param results the result format, or null for the table
 */
record QueryFormat(ResultFormat results) {
    static final String TABLE = "table";

    boolean table() { return results == null; }

    /** table, json, xml, csv, tsv, ttl, jsonld, nt, rdf. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>(List.of(TABLE));
            Arrays.stream(ResultFormat.values()).map(ResultFormat::extension).forEach(all::add);
            return all.iterator();
        }
    }

    static final class Converter implements ITypeConverter<QueryFormat> {
        @Override
        public QueryFormat convert(String name) {
            if (name.equalsIgnoreCase(TABLE))
                return new QueryFormat(null);
            return ResultFormat.byName(name).map(QueryFormat::new)
                    .orElseThrow(() -> new TypeConversionException("'" + name + "' is not one of " + String.join(", ", new Names())));
        }
    }
}
