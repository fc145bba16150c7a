package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The neighbourhood picture's geometry: the first neighbour on top, a circle, the rest counted. */
class NeighbourhoodDrawingTest {
    private static List<NeighbourhoodDrawing.Neighbour> neighbours(int n) {
        List<NeighbourhoodDrawing.Neighbour> list = new ArrayList<>();
        for (int i = 0; i < n; i++)
            list.add(new NeighbourhoodDrawing.Neighbour("n" + i, "http://kg.test/page/n" + i, "p → n" + i));
        return list;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_first_neighbour_is_on_top_and_beyond_twelve_they_are_counted() {
        Map<String, Object> picture = NeighbourhoodDrawing.draw("Norway", neighbours(15));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) picture.get("nodes");
        assertEquals(NeighbourhoodDrawing.SHOWN, nodes.size());
        assertEquals(3, picture.get("more"));
        assertEquals("280.0", nodes.get(0).get("x"), "centred");
        assertEquals("50.0", nodes.get(0).get("y"), "on top: the centre less the radius");
        assertEquals("p → n0", ((List<Map<String, Object>>) picture.get("edges")).get(0).get("title"));
    }

    @Test
    void a_few_neighbours_are_all_drawn() {
        Map<String, Object> picture = NeighbourhoodDrawing.draw("A very long name that the picture shortens for its middle", neighbours(2));
        assertFalse(picture.containsKey("more"));
        assertEquals(28, picture.get("label").toString().length());
    }
}
