package no.eukg.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** JSON made safe inside a script element: no markup left, and the same JSON. */
class DatasetMarkupTest {
    private static final String NASTY = "a </script><script>alert(1)</script> <!-- b --> & c \\< \" </SCRIPT";

    @Test
    void json_inside_a_script_element_keeps_no_markup_and_means_the_same() {
        JsonObject o = new JsonObject();
        o.put("label", NASTY);
        String safe = DatasetMarkup.forScript(o.toString());
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertFalse(safe.toLowerCase(java.util.Locale.ROOT).contains("</script"), safe);
        assertEquals(NASTY, JSON.parse(safe).getString("label"));
    }
}
