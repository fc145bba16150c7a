package no.eukg.cli;

import java.net.URI;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --base}: an absolute http(s) IRI, given a trailing slash; a bad one is a usage error. */
final class BaseIri implements ITypeConverter<String> {

    @Override
    public String convert(String given) {
        URI uri;
        try {
            uri = URI.create(given);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + given + "' is not an IRI: " + e.getMessage());
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null)
            throw new TypeConversionException("'" + given + "' must be an absolute http(s) IRI without query or fragment");
        return given.endsWith("/") ? given : given + "/";
    }
}
