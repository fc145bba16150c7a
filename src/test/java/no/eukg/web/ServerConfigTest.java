package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Port 0 and the base: a server that has not bound its port yet has no base of its own. */
class ServerConfigTest {
    private static ServerConfig on(int port, Optional<String> publicBase) {
        return new ServerConfig("127.0.0.1", port, publicBase, Duration.ofSeconds(1));
    }

    @Test
    void port_0_without_a_public_base_has_no_base_until_it_is_bound() {
        ServerConfig unbound = on(0, Optional.empty());
        assertThrows(IllegalStateException.class, unbound::base);
        ServerConfig bound = unbound.on(41234);
        assertEquals(41234, bound.port());
        assertEquals("http://localhost:41234/", bound.base());
        assertEquals("http://localhost:41234/sparql", bound.sparqlEndpoint());
    }

    @Test
    void a_public_base_is_the_base_whatever_the_port() {
        ServerConfig behindProxy = on(0, Optional.of("https://kg.example.org/"));
        assertEquals("https://kg.example.org/", behindProxy.base());
        assertEquals("https://kg.example.org/", behindProxy.on(41234).base());
    }

    @Test
    void a_fixed_port_is_bound_only_to_itself() {
        assertEquals("http://localhost:3030/", on(3030, Optional.empty()).on(3030).base());
        assertThrows(IllegalArgumentException.class, () -> on(3030, Optional.empty()).on(41234));
        assertThrows(IllegalArgumentException.class, () -> on(0, Optional.empty()).on(0));
    }

    @Test
    void a_public_base_must_end_with_a_slash() {
        assertThrows(IllegalArgumentException.class, () -> on(0, Optional.of("https://kg.example.org")));
    }
}
