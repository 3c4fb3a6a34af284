package xspace.workspace.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Another XSpace in the middle of a write, for tests: a connection of its own to the database
 * that holds the write lock ({@code BEGIN IMMEDIATE}) with uncommitted changes until it commits,
 * by itself after a while or when told, or rolls back when closed.
 */
public final class WriteLockHolder implements AutoCloseable {

    private final Connection connection;
    private boolean open = true;

    private WriteLockHolder(Connection connection) {
        this.connection = connection;
    }

    /** Takes the write lock on the database file and runs the statements, leaving them uncommitted. */
    public static WriteLockHolder on(Path file, String... uncommitted) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            for (String statement : uncommitted) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new WriteLockHolder(c);
    }

    /** An annotator row, for {@link #on}: visible to others only once committed. */
    public static String addAnnotator(String name) {
        return "INSERT INTO annotator (name, created) VALUES ('" + name + "', '2024-05-01T10:00:00.000Z')";
    }

    /** Commits after the delay, on a thread of its own, as a long import would when it is done. */
    public WriteLockHolder commitAfter(Duration delay) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                commit();
            } catch (InterruptedException | SQLException e) {
                Thread.currentThread().interrupt();
            }
        }, "write-lock-holder");
        t.setDaemon(true);
        t.start();
        return this;
    }

    public synchronized void commit() throws SQLException {
        if (open) {
            open = false;
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
        }
    }

    public synchronized boolean holding() {
        return open;
    }

    /** Rolls back what is still uncommitted and lets the lock go. */
    @Override
    public synchronized void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (open) {
                open = false;
                s.execute("ROLLBACK");
            }
        } finally {
            connection.close();
        }
    }
}
