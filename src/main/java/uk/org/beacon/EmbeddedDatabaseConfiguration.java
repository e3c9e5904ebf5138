package uk.org.beacon;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
        Files.createDirectories(dataDirectory.getParent());
        log.warn("DEMO MODE: starting embedded PostgreSQL with data in {} on port {}", dataDirectory.toAbsolutePath(), port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
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
