package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.eukg.testing.Http;
import no.eukg.testing.TestServer;

/**
 * The JSON-LD the HTML pages carry for search engines, over real HTTP on the shipped project, read
 * by RDF4J Rio's JSON-LD parser (not the Jena and Titanium that wrote it) and checked against what
 * the server says elsewhere: {@code /dumps/index.json}, the VoID description, {@code /data/...}.
 */
class DatasetMarkupIT {
    private static final String SCHEMA = "http://schema.org/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final Pattern BLOCK = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    private static IRI schema(String term) { return VF.createIRI(SCHEMA + term); }

    /** The page's one JSON-LD data block, as written. */
    private static String block(String path) {
        HttpResponse<String> r = Http.get(server.url(path), "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        Matcher m = BLOCK.matcher(r.body());
        List<String> blocks = new ArrayList<>();
        while (m.find())
            blocks.add(m.group(1));
        assertEquals(1, blocks.size(), "one JSON-LD block on " + path);
        return blocks.get(0);
    }

    /** The block read by Rio; its context must be inline, since nothing is fetched. */
    private static Model parse(String json, String what) {
        JsonObject doc = JSON.parse(json);
        assertTrue(doc.get("@context").isObject(), what + ": the context is inline, not a remote address: " + doc.get("@context"));
        try {
            return Rio.parse(new StringReader(json), server.base(), RDFFormat.JSONLD);
        } catch (Exception e) {
            throw new AssertionError(what + ": Rio cannot read the JSON-LD: " + e.getMessage() + "\n" + json, e);
        }
    }

    private static Model markup(String path) { return parse(block(path), path); }

    private static Value one(Model m, Resource s, IRI p) {
        Set<Value> vs = m.filter(s, p, null).objects();
        assertEquals(1, vs.size(), "one " + p + " of " + s + ": " + vs);
        return vs.iterator().next();
    }

    private static String string(Model m, Resource s, IRI p) { return one(m, s, p).stringValue(); }

    private static Model turtle(String path) {
        HttpResponse<String> r = Http.get(server.url(path), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), path);
        try {
            return Rio.parse(new StringReader(r.body()), server.base(), RDFFormat.TURTLE);
        } catch (Exception e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }

    @Test
    void the_home_page_and_the_dataset_page_carry_a_schema_org_dataset_with_what_the_description_says() {
        Model home = markup("/");
        IRI dataset = VF.createIRI(server.ns() + "dataset");
        Model voidGraph = turtle("/dataset");
        IRI dcatVersion = VF.createIRI("http://www.w3.org/ns/dcat#version");
        Resource license = (Resource) one(home, dataset, schema("license"));
        assertAll(
                () -> assertTrue(home.contains(dataset, RDF.TYPE, schema("Dataset")), "the canonical IRI is a schema:Dataset"),
                () -> assertEquals(dataset.stringValue(), string(home, dataset, schema("identifier"))),
                () -> assertEquals(string(voidGraph, dataset, VF.createIRI("http://purl.org/dc/terms/title")), string(home, dataset, schema("name"))),
                () -> assertEquals(string(voidGraph, dataset, VF.createIRI("http://purl.org/dc/terms/description")),
                        string(home, dataset, schema("description"))),
                () -> assertEquals(server.base(), string(home, dataset, schema("url"))),
                // The source states no licence, and the markup claims none.
                () -> assertTrue(home.contains(license, RDF.TYPE, schema("CreativeWork"))),
                () -> assertTrue(string(home, license, schema("name")).startsWith("Source licence not stated."), string(home, license, schema("name"))),
                () -> assertEquals(string(voidGraph, dataset, dcatVersion), string(home, dataset, schema("version"))),
                () -> assertEquals("1.1.0", string(home, dataset, schema("version")), "the release served"),
                () -> assertEquals("2015-03-10", string(home, dataset, schema("temporalCoverage")), "the source page's date"),
                () -> assertEquals("http://www.eu-norway.org/Policyareas/Foreignsecurity/", string(home, dataset, schema("isBasedOn"))),
                () -> assertEquals("norway-eu-kg project", string(home, (Resource) one(home, dataset, schema("publisher")), schema("name"))),
                () -> assertEquals("norway-eu-kg project", string(home, (Resource) one(home, dataset, schema("creator")), schema("name"))),
                () -> assertEquals(Set.of("en", "nb"), home.filter(dataset, schema("inLanguage"), null).objects().stream()
                        .map(Value::stringValue).collect(Collectors.toSet())));
        // The dataset description's page and the Norwegian home page carry the same markup.
        assertTrue(Models.isomorphic(home, markup("/dataset")), "/dataset");
        assertTrue(Models.isomorphic(home, markup("/.well-known/void")), "/.well-known/void");
        assertTrue(Models.isomorphic(home, markup("/?lang=nb")), "/?lang=nb");
    }

    @Test
    void there_is_one_data_download_per_dump_listed_with_its_url_format_and_size() {
        Model home = markup("/");
        IRI dataset = VF.createIRI(server.ns() + "dataset");
        JsonObject listing = JSON.parse(Http.get(server.url("/dumps/index.json")).body());
        Map<String, Set<String>> expectedFormats = new HashMap<>();
        Map<String, String> expectedSizes = new HashMap<>();
        for (JsonValue v : listing.get("dumps").getAsArray()) {
            JsonObject d = v.getAsObject();
            String url = d.getString("url");
            Set<String> formats = new HashSet<>(Set.of(d.getString("mediaType")));
            if (d.get("gzipped").getAsBoolean().value())
                formats.add(d.getString("contentType"));
            expectedFormats.put(url, formats);
            expectedSizes.put(url, d.get("bytes").getAsNumber().value().longValue() + " B");
        }
        Map<String, Set<String>> formats = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        Set<Value> downloads = home.filter(dataset, schema("distribution"), null).objects();
        for (Value v : downloads) {
            Resource d = (Resource) v;
            assertTrue(home.contains(d, RDF.TYPE, schema("DataDownload")), "a DataDownload: " + d);
            String url = string(home, d, schema("contentUrl"));
            assertTrue(one(home, d, schema("contentUrl")).isIRI(), "contentUrl is a URL");
            formats.put(url, home.filter(d, schema("encodingFormat"), null).objects().stream().map(Value::stringValue)
                    .collect(Collectors.toSet()));
            sizes.put(url, string(home, d, schema("contentSize")));
        }
        assertEquals(expectedFormats.size(), downloads.size(), "one per dump");
        assertEquals(expectedFormats, formats);
        assertEquals(expectedSizes, sizes);
        assertTrue(expectedFormats.containsKey(server.url("/dumps/truthy.ttl")) && expectedFormats.size() >= 12, expectedFormats.keySet().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"norway", "eu", "mission-of-norway-to-the-eu", "source", "fact/brende-holds-minister-of-foreign-affairs"})
    void a_resource_page_carries_its_own_description_as_data_gives_it(String local) {
        IRI self = VF.createIRI(server.ns() + "id/" + local);
        Model page = markup("/page/" + local);
        Model data = turtle("/data/" + local);
        Model own = own(data, self);
        assertAll(
                () -> assertFalse(page.isEmpty(), local),
                // The resource's own triples, exactly: its types, labels and links with canonical IRIs.
                () -> assertTrue(Models.isomorphic(own, page), local + ": the markup is /data's triples of the resource;\nmarkup only: "
                        + difference(page, own) + "\n/data only: " + difference(own, page)),
                () -> assertEquals(data.filter(self, RDF.TYPE, null).objects(), page.filter(self, RDF.TYPE, null).objects(), "types"),
                () -> assertEquals(data.filter(self, RDFS.LABEL, null).objects(), page.filter(self, RDFS.LABEL, null).objects(), "labels"),
                () -> assertTrue(page.subjects().stream().allMatch(s -> s.equals(self) || s.isBNode()), "nothing of the neighbours"));
        // The Norwegian page carries the same, every label being in the data.
        assertTrue(Models.isomorphic(page, markup("/page/" + local + "?lang=nb")), local + "?lang=nb");
    }

    @Test
    void norway_has_its_labels_in_both_languages_and_its_types() {
        IRI norway = VF.createIRI(server.ns() + "id/norway");
        Model page = markup("/page/norway");
        Set<Value> labels = page.filter(norway, RDFS.LABEL, null).objects();
        assertAll(
                () -> assertTrue(labels.contains(VF.createLiteral("Norway", "en")), labels.toString()),
                () -> assertTrue(labels.contains(VF.createLiteral("Norge", "nb")), labels.toString()),
                () -> assertTrue(page.contains(norway, RDF.TYPE, VF.createIRI(server.ns() + "ontology#Country"))),
                () -> assertTrue(page.contains(norway, org.eclipse.rdf4j.model.vocabulary.OWL.SAMEAS,
                        VF.createIRI("http://www.wikidata.org/entity/Q20"))));
    }

    /** The triples of {@code self} in {@code data}, and of the blank nodes they reach. */
    private static Model own(Model data, Resource self) {
        Model own = new LinkedHashModel();
        Deque<Resource> todo = new ArrayDeque<>(List.of(self));
        Set<Resource> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Resource s = todo.pop();
            if (!seen.add(s))
                continue;
            for (Statement st : data.filter(s, null, null)) {
                own.add(st);
                if (st.getObject().isBNode())
                    todo.push((Resource) st.getObject());
            }
        }
        return own;
    }

    private static String difference(Model a, Model b) {
        return a.stream().filter(st -> !b.contains(st)).limit(5).map(Statement::toString).toList().toString();
    }
}
