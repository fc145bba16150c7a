package no.eukg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Turning what the parsers and NIF say into lines and columns. */
class LocationsTest {
    private static final Path FILE = Path.of("data/entities.ttl");
    private static final String ID = "http://localhost:3030/id/";

    private static FileLocations turtle() {
        FileLocations locations = new FileLocations();
        locations.addFile(FILE, List.of(
                "@prefix : <id/> .",
                ":norway a :Country ;",
                "    :partOf :europe .",
                "",
                ":norway-and-eu",
                "    a :Cooperation .",
                "  <id/eu> :knows :norway ."));
        return locations;
    }

    @Test
    void a_subject_is_found_at_the_start_of_its_term() {
        FileLocations locations = turtle();
        locations.record(FILE, 2, ID + "norway");
        locations.record(FILE, 7, ID + "eu");
        assertEquals(new Location(FILE, 2, 1), locations.find(ID + "norway").orElseThrow());
        assertEquals(new Location(FILE, 7, 3), locations.find(ID + "eu").orElseThrow());
    }

    @Test
    void a_subject_on_the_line_above_its_first_statement_is_found_there() {
        FileLocations locations = turtle();
        locations.record(FILE, 6, ID + "norway-and-eu");
        assertEquals(new Location(FILE, 5, 1), locations.find(ID + "norway-and-eu").orElseThrow());
    }

    @Test
    void only_the_first_appearance_counts() {
        FileLocations locations = turtle();
        locations.record(FILE, 7, ID + "norway");
        locations.record(FILE, 2, ID + "norway");
        assertEquals(new Location(FILE, 7, 18), locations.find(ID + "norway").orElseThrow());
        assertTrue(locations.find(ID + "iceland").isEmpty());
    }

    @Test
    void a_longer_name_is_not_a_match() {
        FileLocations locations = new FileLocations();
        locations.addFile(FILE, List.of("@prefix : <id/> .", "  :x :y :norway-and-eu ."));
        locations.record(FILE, 2, ID + "norway");
        assertEquals(new Location(FILE, 2, 3), locations.find(ID + "norway").orElseThrow(), "the statement's start, not inside another name");
    }

    @Test
    void text_offsets_become_lines_and_columns() {
        TextPositions text = new TextPositions(Path.of("page.txt"), "ab\ncd\n\nef");
        assertEquals(new Location(Path.of("page.txt"), 1, 1), text.at(0));
        assertEquals(new Location(Path.of("page.txt"), 2, 2), text.at(4));
        assertEquals(new Location(Path.of("page.txt"), 4, 1), text.at(7));
        assertEquals(Location.of(Path.of("page.txt")), text.at(99));
    }

    @Test
    void a_problem_prints_as_file_line_column_severity_message() {
        assertEquals("data/x.ttl:3:7: error: bad", Problem.error(Path.of("./data/x.ttl"), 3, 7, "bad").located());
        assertEquals("data/x.ttl:3:1: warning: odd", Problem.warning(Path.of("data/x.ttl"), 3, -1, "odd").located());
        assertEquals("data: error: the folder is missing", Problem.error(Path.of("data"), "the folder is missing").located());
        assertEquals(".: warning: two\u00a0lines joined", Problem.warning(Path.of("."), "two\u00a0lines\n  joined").located());
    }
}
