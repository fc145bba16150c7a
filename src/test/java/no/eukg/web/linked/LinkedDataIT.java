package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.export.RdfSyntax;
import no.eukg.linked.LinkedFixture;
import no.eukg.testing.Http;
import no.eukg.testing.RdfParsers;
import no.eukg.testing.TestServer;

/** Dereferencing, content negotiation, pages, ontology, source, search and caching over real HTTP. */
class LinkedDataIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(LinkedFixture.project(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node id(String name) { return NodeFactory.createURI(server.ns() + "id/" + name); }
    private static Node term(String name) { return NodeFactory.createURI(server.ns() + "ontology#" + name); }

    /** Mustache escapes '=' in attribute values too; a browser reads it back. */
    private static String unescaped(String html) {
        return html.replace("&#61;", "=");
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    // --- dereferencing -------------------------------------------------------------------------

    @Test
    void a_description_starts_with_the_resource_it_describes() {
        // The EU has many incoming links, whose subjects a hashed graph would list first.
        String turtle = Http.get(server.url("/data/eu.ttl")).body();
        String firstStatement = turtle.lines().filter(l -> !l.isBlank() && !l.startsWith("@prefix") && !l.startsWith("PREFIX"))
                .findFirst().orElseThrow();
        assertTrue(firstStatement.matches("^(<" + java.util.regex.Pattern.quote(id("eu").getURI()) + ">|\\w+:eu)\\s.*"), turtle);
        String ntriples = Http.get(server.url("/data/eu.nt")).body();
        assertTrue(ntriples.startsWith("<" + id("eu").getURI() + "> "), ntriples);
    }

    @Test
    void an_iri_redirects_browsers_to_its_page() {
        HttpResponse<String> r = Http.get(server.url("/id/norway"), "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals(server.url("/page/norway"), header(r, "Location"));
        assertTrue(header(r, "Vary").contains("Accept"));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void an_iri_redirects_rdf_clients_to_the_document_in_their_syntax(RdfSyntax syntax) {
        HttpResponse<String> r = Http.get(server.url("/id/norway"), "Accept", syntax.mediaType());
        assertEquals(303, r.statusCode());
        assertEquals(server.url("/data/norway." + syntax.extension()), header(r, "Location"));
        List<String> links = r.headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("/page/norway") && l.contains("text/html")), links.toString());
    }

    @Test
    void accept_q_values_choose_the_syntax() {
        HttpResponse<String> r = Http.get(server.url("/id/norway"),
                "Accept", "text/html;q=0.5, application/ld+json;q=0.9, text/turtle;q=0.8");
        assertEquals(server.url("/data/norway.jsonld"), header(r, "Location"));
        HttpResponse<String> star = Http.get(server.url("/id/norway"), "Accept", "application/rdf+xml, */*;q=0.1");
        assertEquals(server.url("/data/norway.rdf"), header(star, "Location"));
    }

    @Test
    void plain_json_or_xml_gets_the_rdf_syntax_built_on_it() {
        // RFC 6839: application/ld+json is JSON and application/rdf+xml is XML.
        assertEquals(server.url("/data/norway.jsonld"), header(Http.get(server.url("/id/norway"), "Accept", "application/json"), "Location"));
        assertEquals(server.url("/data/norway.rdf"), header(Http.get(server.url("/id/norway"), "Accept", "application/xml"), "Location"));
        HttpResponse<String> data = Http.get(server.url("/data/norway"), "Accept", "application/json");
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(header(data, "Content-Type").startsWith("application/ld+json"), header(data, "Content-Type"));
        // An exact match still wins over the suffix.
        assertEquals(server.url("/data/norway.ttl"), header(Http.get(server.url("/id/norway"), "Accept", "application/json;q=0.9, text/turtle"), "Location"));
    }

    @Test
    void no_accept_header_gets_the_page() {
        HttpResponse<String> r = Http.get(server.url("/id/norway"));
        assertEquals(server.url("/page/norway"), header(r, "Location"));
    }

    @Test
    void nothing_acceptable_is_406_but_star_is_fine() {
        assertEquals(406, Http.get(server.url("/id/norway"), "Accept", "image/png").statusCode());
        assertEquals(406, Http.get(server.url("/data/norway"), "Accept", "text/html").statusCode());
        assertEquals(303, Http.get(server.url("/id/norway"), "Accept", "image/png, */*;q=0.01").statusCode());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void the_data_document_parses_in_jena_and_rio_and_is_about_the_resource(RdfSyntax syntax) {
        HttpResponse<byte[]> r = Http.getBytes(server.url("/data/norway." + syntax.extension()));
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(syntax.mediaType()), header(r, "Content-Type"));
        DatasetGraph d = RdfParsers.parseBoth(r.body(), syntax);
        Graph g = d.getDefaultGraph();
        assertAll(
            () -> assertTrue(g.contains(id("norway"), RDF.type.asNode(), term("Country"))),
            () -> assertTrue(g.contains(id("norway"), term("cooperatesWith"), id("eu"))),
            () -> assertTrue(g.contains(id("eu"), RDFS.label.asNode(), NodeFactory.createLiteralLang("European Union", "en"))),
            () -> assertTrue(g.contains(id("fact/norway-cooperates-with-eu"), NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), id("source/s1"))));
        if (syntax.quads())
            assertTrue(d.contains(id("fact/norway-cooperates-with-eu"), id("norway"), term("cooperatesWith"), id("eu")),
                    "the fact's named graph");
    }

    @Test
    void the_data_document_names_its_variants() {
        HttpResponse<String> r = Http.get(server.url("/data/norway"), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(server.url("/data/norway.nt"), header(r, "Content-Location"));
        assertTrue(header(r, "Vary").contains("Accept"));
        List<String> links = r.headers().allValues("Link");
        for (RdfSyntax s : RdfSyntax.values())
            if (s != RdfSyntax.NTRIPLES)
                assertTrue(links.stream().anyMatch(l -> l.contains("/data/norway." + s.extension()) && l.contains("rel=\"alternate\"")
                        && l.contains("type=\"" + s.mediaType() + "\"")), s + " in " + links);
        assertTrue(links.stream().anyMatch(l -> l.contains("/page/norway") && l.contains("text/html")), links.toString());
        assertFalse(links.stream().anyMatch(l -> l.contains("/data/norway.nt>")), "no link to itself");
    }

    @Test
    void an_extension_overrides_accept() {
        HttpResponse<String> r = Http.get(server.url("/data/norway.ttl"), "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
        RdfParsers.parseBoth(r.body(), RdfSyntax.TURTLE);
    }

    @Test
    void json_ld_carries_the_published_context() {
        HttpResponse<String> context = Http.get(server.url("/context.jsonld"));
        assertEquals(200, context.statusCode());
        assertTrue(header(context, "Content-Type").startsWith("application/ld+json"));
        JsonObject published = JSON.parse(context.body()).getObj("@context");
        HttpResponse<String> doc = Http.get(server.url("/data/norway.jsonld"));
        JsonObject used = JSON.parse(doc.body()).getObj("@context");
        assertEquals(published, used);
        assertEquals(server.ns() + "id/", published.get("kg").getAsString().value());
        assertTrue(doc.body().contains("\"label\""), "labels compact to the short term");
    }

    @Test
    void head_answers_like_get_without_a_body() {
        HttpResponse<String> id = Http.method("HEAD", server.url("/id/norway"), null, null, "Accept", "text/turtle");
        assertEquals(303, id.statusCode());
        assertEquals(server.url("/data/norway.ttl"), header(id, "Location"));
        HttpResponse<String> data = Http.method("HEAD", server.url("/data/norway.ttl"), null, null);
        assertEquals(200, data.statusCode());
        assertTrue(header(data, "Content-Type").startsWith("text/turtle"));
        assertEquals("", data.body());
        HttpResponse<String> page = Http.method("HEAD", server.url("/page/norway"), null, null);
        assertEquals(200, page.statusCode());
        HttpResponse<String> missing = Http.method("HEAD", server.url("/id/atlantis"), null, null, "Accept", "text/turtle");
        assertEquals(404, missing.statusCode());
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void an_unknown_iri_is_404_in_the_negotiated_syntax(RdfSyntax syntax) {
        HttpResponse<byte[]> id = Http.getBytes(server.url("/id/atlantis"), "Accept", syntax.mediaType());
        assertEquals(404, id.statusCode());
        assertTrue(header(id, "Content-Type").startsWith(syntax.mediaType()), header(id, "Content-Type"));
        assertTrue(RdfParsers.parseBoth(id.body(), syntax).isEmpty());
        HttpResponse<byte[]> data = Http.getBytes(server.url("/data/atlantis." + syntax.extension()));
        assertEquals(404, data.statusCode());
        assertTrue(header(data, "Content-Type").startsWith(syntax.mediaType()));
    }

    @Test
    void an_unknown_iri_is_404_in_html_or_json_for_those_clients() {
        HttpResponse<String> html = Http.get(server.url("/id/atlantis"), "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        HttpResponse<String> page = Http.get(server.url("/page/atlantis"));
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("atlantis"));
        assertFalse(page.body().contains("Exception"));
    }

    @Test
    void an_iri_with_non_ascii_characters_dereferences() {
        HttpResponse<String> id = Http.get(server.url("/id/troms%C3%B8"), "Accept", "text/turtle");
        assertEquals(303, id.statusCode());
        assertEquals(server.url("/data/troms%C3%B8.ttl"), header(id, "Location"));
        HttpResponse<String> data = Http.get(header(id, "Location"));
        assertEquals(200, data.statusCode());
        Graph g = RdfParsers.parseBoth(data.body(), RdfSyntax.TURTLE).getDefaultGraph();
        assertTrue(g.contains(id("tromsø"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Tromsø", "en")));
        // "Norway meets the EU in Tromsø" is planned: not in the truthful default graph, so not in a
        // triple document; the quad documents carry it in its fact's named graph.
        assertFalse(g.contains(id("norway"), term("meetsIn"), id("tromsø")), "a planned fact as a bare triple");
        DatasetGraph trig = RdfParsers.parseBoth(Http.get(server.url("/data/troms%C3%B8.trig")).body(), RdfSyntax.TRIG);
        assertTrue(trig.contains(id("fact/norway-meets-eu-in-tromso"), id("norway"), term("meetsIn"), id("tromsø")), "incoming link, in its fact");
        HttpResponse<String> page = Http.get(server.url("/page/troms%C3%B8"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tromsø"));
        assertTrue(page.body().contains(">planned</span>"), "the page shows the planned link as planned");
    }

    @Test
    void incoming_links_are_counted_and_all_can_be_asked_for() {
        HttpResponse<String> page = Http.get(server.url("/page/eu"));
        assertTrue(page.body().contains("2 of 2 incoming links"), page.body());
        HttpResponse<String> all = Http.get(server.url("/data/eu.ttl?incoming=all"));
        assertEquals(200, all.statusCode());
        assertEquals(server.url("/data/eu.ttl?incoming=all"), header(all, "Content-Location"));
        assertEquals(400, Http.get(server.url("/page/eu?incoming=some")).statusCode());
    }

    // --- pages ---------------------------------------------------------------------------------

    @Test
    void the_page_shows_label_type_description_facts_and_a_marked_source_sentence() {
        HttpResponse<String> r = Http.get(server.url("/page/norway"), "Accept-Language", "en");
        assertEquals(200, r.statusCode());
        String html = unescaped(r.body());
        assertAll(
            () -> assertTrue(html.contains("<h1 id=\"label\">Norway</h1>"), html),
            () -> assertTrue(html.contains(">country</a>"), "type"),
            () -> assertTrue(html.contains("The Kingdom of Norway."), "description"),
            () -> assertTrue(html.contains(">cooperates with</a>"), "relation"),
            () -> assertTrue(html.contains("<mark>Norway</mark> cooperates closely with the EU on foreign policy."), "marked sentence"),
            () -> assertTrue(html.contains(server.url("/source") + "#s1"), "link to the sentence in the text"),
            () -> assertTrue(html.contains(">done</span>"), "modality"),
            () -> assertTrue(html.contains("year 2015"), "date"),
            () -> assertTrue(html.contains("https://www.wikidata.org/entity/Q20") || html.contains("http://www.wikidata.org/entity/Q20"), "Wikidata"),
            () -> assertTrue(html.contains("EuroVoc 2084")),
            () -> assertTrue(html.contains("<svg"), "neighbourhood picture"),
            () -> assertTrue(html.contains("sparql?query=DESCRIBE"), "query this"),
            () -> assertTrue(header(r, "Content-Language").equals("en")));
    }

    @Test
    void norwegian_readers_get_the_norwegian_label_and_a_switch_back() {
        HttpResponse<String> r = Http.get(server.url("/page/norway"), "Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5");
        assertTrue(r.body().contains("<h1 id=\"label\">Norge</h1>"), r.body());
        assertTrue(unescaped(r.body()).contains("/page/norway?lang=en\""));
        HttpResponse<String> forced = Http.get(server.url("/page/norway?lang=nb"));
        assertTrue(forced.body().contains("<h1 id=\"label\">Norge</h1>"));
        assertEquals(400, Http.get(server.url("/page/norway?lang=de")).statusCode());
    }

    @Test
    void a_norwegian_page_is_norwegian_in_its_own_words_too() {
        String nb = Http.get(server.url("/page/eu?lang=nb")).body();
        String en = Http.get(server.url("/page/eu?lang=en")).body();
        assertAll(
            () -> assertTrue(nb.contains("<h2>Henvist til av</h2>") && nb.contains("innkommende lenker"), nb),
            () -> assertFalse(nb.contains("Referred to by") || nb.contains("incoming links") || nb.contains("Query this"), nb),
            () -> assertTrue(en.contains("<h2>Referred to by</h2>") && en.contains("<h2>Query this</h2>"), en),
            // The site's header too.
            () -> assertTrue(nb.contains(">Spørringer</a>") && nb.contains("placeholder=\"Søk i etiketter\""), nb),
            () -> assertTrue(en.contains(">Queries</a>") && en.contains("placeholder=\"Search labels\""), en));
    }

    @Test
    void markup_in_a_literal_is_shown_as_text() {
        String html = Http.get(server.url("/page/markup")).body();
        assertTrue(html.contains("&lt;script&gt;alert("), html);
        assertFalse(html.contains("<script>alert("));
        assertTrue(html.contains("Markup &lt;b&gt;test&lt;/b&gt;"));
    }

    @Test
    void a_fact_page_shows_the_statements_of_its_graph() {
        String html = Http.get(server.url("/page/fact/norway-meets-eu-in-tromso")).body();
        assertTrue(html.contains("Statements in this fact"), html);
        assertTrue(html.contains(">Tromsø</a>"));
        assertTrue(html.contains("Norway will meet the European Union in Tromsø in 2015."));
    }

    @Test
    void the_source_page_links_every_sentence_and_mention() {
        HttpResponse<String> r = Http.get(server.url("/source"));
        assertEquals(200, r.statusCode());
        String html = r.body();
        for (int i = 1; i <= 3; i++)
            assertTrue(html.contains("id=\"s" + i + "\""), "sentence " + i);
        assertTrue(html.contains("<a class=\"mention\" href=\"" + server.url("/page/troms%C3%B8") + "\""), html);
        assertTrue(html.contains("<span class=\"outside\">A | A | A"), "page chrome shown apart");
    }

    @Test
    void the_home_page_shows_counts_search_and_links() {
        String html = Http.get(server.url("/")).body();
        assertAll(
            () -> assertTrue(html.contains("Knowledge graph of “Test page”"), html),
            () -> assertTrue(html.contains("<strong>3</strong>facts")),
            () -> assertTrue(html.contains("<strong>3</strong>sentences")),
            () -> assertTrue(html.contains("name=\"q\"")),
            () -> assertTrue(html.contains(server.url("/sparql")) && html.contains(server.url("/dumps/"))
                    && html.contains(server.url("/explore")) && html.contains(server.url("/ontology"))));
        assertEquals(404, Http.get(server.url("/no-such-thing")).statusCode());
        assertEquals(1, html.split("name=\"q\"", -1).length - 1, "one search box, the one every page has");
        assertTrue(html.indexOf("<h2>Start here</h2>") >= 0 && html.indexOf("<h2>Start here</h2>") < html.indexOf("<h2>Use it</h2>"),
                "where to start comes first");
    }

    // --- ontology ------------------------------------------------------------------------------

    @Test
    void the_ontology_is_documented_with_terms_at_their_fragments_and_usage() {
        HttpResponse<String> r = Http.get(server.url("/ontology"), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertAll(
            () -> assertTrue(html.contains("id=\"Country\"")),
            () -> assertTrue(html.contains("id=\"cooperatesWith\"")),
            () -> assertTrue(html.contains("A sovereign state.")),
            () -> assertTrue(html.contains("used 2 times in the data"), "Country has two instances"),
            () -> assertTrue(html.contains("foaf:Agent"), "domain"),
            () -> assertTrue(html.contains("id=\"Planned\"")));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void the_ontology_is_rdf_by_accept(RdfSyntax syntax) {
        HttpResponse<byte[]> r = Http.getBytes(server.url("/ontology"), "Accept", syntax.mediaType());
        assertEquals(200, r.statusCode());
        assertEquals(server.url("/ontology." + syntax.extension()), header(r, "Content-Location"));
        Graph g = RdfParsers.parseBoth(r.body(), syntax).getDefaultGraph();
        assertTrue(g.contains(term("Country"), RDFS.label.asNode(), NodeFactory.createLiteralLang("land", "nb")));
        assertTrue(g.contains(term("Modality"), NodeFactory.createURI("http://www.w3.org/2002/07/owl#oneOf"), Node.ANY));
    }

    @Test
    void the_ontology_version_iri_is_the_ontology() {
        assertEquals(200, Http.get(server.url("/ontology/0.0.1"), "Accept", "text/turtle").statusCode());
        assertEquals(404, Http.get(server.url("/ontology/9.9.9"), "Accept", "text/turtle").statusCode());
    }

    // --- search --------------------------------------------------------------------------------

    @Test
    void search_ranks_the_exact_label_first_and_finds_norwegian_labels() {
        JsonObject json = JSON.parse(Http.get(server.url("/search?q=Norway"), "Accept", "application/json").body());
        assertEquals(server.ns() + "id/norway", json.get("results").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
        JsonObject nb = JSON.parse(Http.get(server.url("/search.json?q=" + URLEncoder.encode("europeiske", StandardCharsets.UTF_8))).body());
        assertEquals(server.ns() + "id/eu", nb.get("results").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
        String html = Http.get(server.url("/search?q=Norge"), "Accept", "text/html").body();
        assertTrue(html.contains(server.url("/page/norway")), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search", "/search?q=", "/search?q=%20%20"})
    void an_empty_search_is_400(String path) {
        HttpResponse<String> r = Http.get(server.url(path), "Accept", "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("parameter q"), r.body());
    }

    @Test
    void a_too_long_search_is_400() {
        HttpResponse<String> r = Http.get(server.url("/search?q=" + "a".repeat(201)), "Accept", "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("201"));
    }

    // --- caching -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/page/norway", "/data/norway.ttl", "/ontology", "/source", "/", "/.well-known/void", "/dumps/truthy.nt", "/dumps/"})
    void responses_carry_validators_and_conditional_requests_get_304(String path) {
        HttpResponse<String> first = Http.get(server.url(path));
        assertEquals(200, first.statusCode(), path);
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        assertFalse(lastModified.isEmpty());
        assertEquals(304, Http.get(server.url(path), "If-None-Match", etag).statusCode());
        assertEquals(304, Http.get(server.url(path), "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, Http.get(server.url(path), "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void variants_have_different_etags() {
        String en = header(Http.get(server.url("/page/norway?lang=en")), "ETag");
        String nb = header(Http.get(server.url("/page/norway?lang=nb")), "ETag");
        String ttl = header(Http.get(server.url("/data/norway.ttl")), "ETag");
        assertFalse(en.equals(nb) || en.equals(ttl));
    }

    @Test
    void the_service_description_links_to_the_void_description() {
        Graph sd = RdfParsers.parseBoth(Http.get(server.url("/sparql"), "Accept", "text/turtle").body(), RdfSyntax.TURTLE).getDefaultGraph();
        assertTrue(sd.contains(NodeFactory.createURI(server.ns() + "dataset"), RDFS.seeAlso.asNode(),
                NodeFactory.createURI(server.base() + ".well-known/void")));
    }
}
