package no.eukg.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * HTML through Mustache templates under {@code src/main/resources/templates/}. {@code {{name}}}
 * escapes HTML, so a literal holding markup shows as text; no page is built from strings.
 * Templates share {@code layout-top} and {@code layout-bottom} partials for the site chrome.
 */
public final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders template {@code name} (without {@code .mustache}) with a scope of maps, lists and records' fields. */
    public void render(String name, Object scope, Writer out) {
        Objects.requireNonNull(scope, "scope");
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        try {
            m.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(String name, Object scope) {
        StringWriter w = new StringWriter();
        render(name, scope, w);
        return w.toString();
    }
}
