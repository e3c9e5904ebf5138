package uk.org.beacon;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test run starts from an empty database (every application schema dropped), migrated by
 * the same Flyway scripts as production.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfiguration {

    @Bean
    FlywayMigrationStrategy dropEverythingThenMigrate() {
        return flyway -> {
            try (Connection c = flyway.getConfiguration().getDataSource().getConnection(); Statement s = c.createStatement()) {
                List<String> schemas = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("""
                        SELECT nspname FROM pg_namespace
                        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
                        """)) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA \"" + schema.replace("\"", "") + "\" CASCADE");
                }
                s.execute("CREATE SCHEMA public");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not empty the test database", e);
            }
            flyway.migrate();
        };
    }
}
