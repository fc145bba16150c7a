package no.eukg.web.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The neighbourhood picture's geometry: the first neighbour on top, a circle, the rest counted. */
class NeighbourhoodDrawingTest {
    private static List<NeighbourhoodDrawing.Neighbour> neighbours(int n) {
        List<NeighbourhoodDrawing.Neighbour> list = new ArrayList<>();
        for (int i = 0; i < n; i++)
            list.add(new NeighbourhoodDrawing.Neighbour("n" + i, "http://kg.test/page/n" + i, "p", "p → n" + i));
        return list;
    }

    @Test
    void the_first_neighbour_is_on_top_and_beyond_twelve_they_are_counted() {
        NeighbourhoodDrawing.Picture picture = NeighbourhoodDrawing.draw("Norway", neighbours(15), "http://kg.test/explore?focus=x");
        List<NeighbourhoodDrawing.NodeMark> nodes = picture.nodes();
        assertEquals(NeighbourhoodDrawing.SHOWN, nodes.size());
        assertEquals(Optional.of(3), picture.more());
        assertEquals("280.0", nodes.get(0).x(), "centred");
        assertEquals("50.0", nodes.get(0).y(), "on top: the centre less the radius");
        assertEquals("p → n0", picture.edges().get(0).title());
        assertEquals("p", picture.edges().get(0).label(), "the line says what it is");
        assertEquals("36.0", nodes.get(0).ty(), "a name in the upper half stands above its circle");
        assertEquals("http://kg.test/explore?focus=x", picture.moreHref());
    }

    @Test
    void a_few_neighbours_are_all_drawn() {
        NeighbourhoodDrawing.Picture picture = NeighbourhoodDrawing.draw("A very long name that the picture shortens for its middle", neighbours(2), "http://kg.test/explore");
        assertEquals(Optional.empty(), picture.more());
        assertEquals(28, picture.label().length());
    }
}
