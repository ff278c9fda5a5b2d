package fr.equipage.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A data folder as an older version of the application left it: the SQL migrations up to one version,
 * then rows written with that version's SQL. Migration tests then open it with {@link Store#open}.
 */
final class OldFolder {
    private final JdbcDataSource ds = new JdbcDataSource();

    private OldFolder(Path dir) {
        ds.setURL("jdbc:h2:file:" + dir.resolve("equipage").toAbsolutePath());
        ds.setUser("equipage");
        ds.setPassword("");
    }

    /** The folder at {@code version} (e.g. "5"), with the given statements run on it. */
    static OldFolder at(Path dir, String version, String... statements) throws SQLException {
        OldFolder folder = new OldFolder(dir);
        Flyway.configure().dataSource(folder.ds).locations("classpath:db/migration").target(version).load().migrate();
        try (Connection c = folder.ds.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return folder;
    }

    /** A plain connection, for looking at the schema after {@link Store#open} migrated it. */
    Connection connect() throws SQLException {
        return ds.getConnection();
    }
}
