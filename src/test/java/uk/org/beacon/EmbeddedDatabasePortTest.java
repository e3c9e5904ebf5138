package uk.org.beacon;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The demo's embedded database never quietly borrows a server that already listens on its port. */
class EmbeddedDatabasePortTest {

    @Test
    void aPortSomethingAlreadyListensOnStopsTheDemoSayingWhichPortAndWhatToDo() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = other.getLocalPort();

            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.refuseATakenPort(port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("--beacon.demo.database-port");
        }
    }

    @Test
    void aFreePortIsAccepted() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = probe.getLocalPort();
        }
        assertThatCode(() -> EmbeddedDatabaseConfiguration.refuseATakenPort(port)).doesNotThrowAnyException();
    }
}
