package no.eukg.web.linked;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.eukg.web.Conditional;
import no.eukg.web.ResourceServlet;

/**
 * {@code /context.jsonld}: the JSON-LD context every JSON-LD document of the publisher is
 * compacted with (and carries inline), for clients that write or read JSON-LD in the same terms.
 */
final class ContextServlet extends ResourceServlet {
    private final LinkedData ld;
    private final String body;

    ContextServlet(LinkedData ld) {
        super(ld.site());
        this.ld = Objects.requireNonNull(ld, "ld");
        StringWriter w = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            writer.write(ld.rdf().output().jsonLdContext().document());
        }
        this.body = w.toString().strip() + "\n";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (Conditional.notModified(req, resp, site.version(), "context"))
            return;
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentType("application/ld+json; charset=utf-8");
        resp.getWriter().write(body);
    }
}
