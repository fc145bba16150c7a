package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.eukg.graph.DatasetVersion;

/** The one ETag recipe and the one If-None-Match matcher every path family uses. */
class ConditionalTest {
    private static final String TAG = "\"v1-0123456789abcdef0123\"";

    @Test
    void a_tag_names_the_version_and_the_variant() {
        DatasetVersion v1 = new DatasetVersion("v1", Instant.EPOCH);
        DatasetVersion v2 = new DatasetVersion("v2", Instant.EPOCH);
        String a = Conditional.etag(v1, "page|norway|en");
        assertTrue(a.startsWith("\"v1-") && a.endsWith("\""), a);
        assertEquals(a, Conditional.etag(v1, "page|norway|en"), "stable for the same variant");
        assertNotEquals(a, Conditional.etag(v1, "page|norway|nb"), "another variant, another tag");
        assertNotEquals(a, Conditional.etag(v2, "page|norway|en"), "another version, another tag");
    }

    @Test
    void if_none_match_compares_weakly_and_sees_through_the_gzip_suffix() {
        assertTrue(Conditional.matches(TAG, TAG));
        assertTrue(Conditional.matches("W/" + TAG, TAG), "weak comparison, as RFC 9110 asks of If-None-Match");
        assertTrue(Conditional.matches("\"other\", " + TAG, TAG), "a list");
        assertTrue(Conditional.matches("*", TAG));
        assertTrue(Conditional.matches(TAG.substring(0, TAG.length() - 1) + "--gzip\"", TAG), "the tag Jetty's gzip handler sent");
        assertFalse(Conditional.matches("\"v0-0123456789abcdef0123\"", TAG), "an old version");
        assertFalse(Conditional.matches("", TAG));
        assertFalse(Conditional.matches(null, TAG));
    }
}
