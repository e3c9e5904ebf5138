package uk.org.beacon;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode only: an embedded PostgreSQL server whose data lives under {@code ./data}, so the
 * demo authority survives a restart. Production and tests always name a real server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${beacon.demo.data-directory:./data/postgres}") Path dataDirectory,
            @Value("${beacon.demo.database-port:54329}") int port)
            throws IOException {
        refuseATakenPort(port);
        Files.createDirectories(dataDirectory.getParent());
        log.warn("DEMO MODE: starting embedded PostgreSQL with data in {} on port {}", dataDirectory.toAbsolutePath(), port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // the demo's data sits on a local disk and mostly in memory: an index look-up costs
                // little more than reading on, so the planner should not avoid indexes for that reason
                .setServerConfig("random_page_cost", "1.1")
                .start();
    }

    /**
     * The embedded server must be the one Beacon talks to. If something already listens on its port
     * (another PostgreSQL, another demo), the embedded server cannot bind it, yet a connection to the
     * port would still succeed, and the demo would migrate and fill someone else's database. So a
     * taken port stops the start, saying which port and how to choose another.
     */
    static void refuseATakenPort(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as PostgreSQL binds: a port left in TIME_WAIT by a stopped demo is free, one listened on is not
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            throw new IllegalStateException("The demo's embedded PostgreSQL cannot use port " + port
                    + ": something is already listening there (another PostgreSQL server or another Beacon demo)."
                    + " Stop it, or start the demo with --beacon.demo.database-port=<a free port>.", taken);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(24);
        config.setPoolName("beacon-demo");
        return new HikariDataSource(config);
    }
}
