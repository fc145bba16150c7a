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
    private final String root;

    /**
     * What every page's chrome needs besides its own view: {@code {{root}}}, the path of the
     * public base ({@code /}, or {@code /kg/} behind a proxy that serves the site under a
     * sub-path), before the site's own paths in links, styles and scripts; and the words of the
     * header in the view's language ({@link Localized}).
     */
    public record Chrome(String root, SiteWords chromeWords) { }

    /** A view in a language: the chrome around it (header, navigation) speaks that language too. */
    public interface Localized {
        String lang();
    }

    /** Templates for a site served at the root of its host. */
    public Templates() {
        this("/");
    }

    /** @param root the path of the public base, e.g. {@code /} or {@code /kg/} */
    public Templates(String root) {
        if (!root.startsWith("/") || !root.endsWith("/"))
            throw new IllegalArgumentException("a root path starts and ends with /: " + root);
        this.root = root;
    }

    /** The templates of the site whose public base is {@code base} (an absolute URL ending in /). */
    public static Templates forBase(String base) {
        return new Templates(java.net.URI.create(base).getRawPath());
    }

    /** Renders template {@code name} (without {@code .mustache}) with a scope of maps, lists and records' fields. */
    public void render(String name, Object scope, Writer out) {
        Objects.requireNonNull(scope, "scope");
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        try {
            // The view first: its own fields win over the chrome's.
            String lang = scope instanceof Localized localized ? localized.lang() : "en";
            m.execute(out, new Object[] {scope, new Chrome(root, SiteWords.of(lang))}).flush();
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
