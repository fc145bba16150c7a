package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** The socket a server is bound to before it is built. */
class ListeningSocketTest {
    @Test
    void port_0_is_a_port_the_system_chose_and_it_stays_taken_while_held() {
        try (ListeningSocket held = ListeningSocket.bind("127.0.0.1", 0)) {
            assertNotEquals(0, held.port());
            UncheckedIOException taken = assertThrows(UncheckedIOException.class, () -> ListeningSocket.bind("127.0.0.1", held.port()));
            assertTrue(taken.getMessage().startsWith("cannot listen on 127.0.0.1:" + held.port() + ": "), taken.getMessage());
        }
    }
}
