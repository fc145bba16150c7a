package no.eukg.cli;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import no.eukg.query.Durations;

/** Reads durations the way people write them ({@link Durations}): {@code 500ms}, {@code 10s}, {@code 2m}, {@code 0.5}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
