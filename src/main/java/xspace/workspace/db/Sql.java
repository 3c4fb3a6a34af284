package xspace.workspace.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xspace.workspace.WorkspaceException;

/**
 * The one connection of a {@link WorkspaceDatabase}, with transactions and small query helpers.
 * Calls are serialised on this object, so one database may be shared by threads. Writes run in
 * {@code BEGIN IMMEDIATE} transactions: taking the write lock up front lets the busy timeout wait
 * for another XSpace instead of failing when a read would later have to become a write. Reads
 * never take the write lock; in WAL mode they see the last commit while another process writes.
 */
final class Sql implements AutoCloseable {

    interface Work<T> {
        T run() throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Path file;
    private boolean inTransaction;

    Sql(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** Runs the work in one transaction, committed before returning; a nested call joins the outer one. */
    synchronized <T> T write(String action, Work<T> work) {
        return inTransaction ? call(action, work) : transaction("BEGIN IMMEDIATE", action, work);
    }

    /**
     * Runs several reads in one read transaction, so that they all see the same commit even while
     * another process writes (WAL keeps that snapshot for the reader).
     */
    synchronized <T> T readConsistent(String action, Work<T> work) {
        return inTransaction ? call(action, work) : transaction("BEGIN DEFERRED", action, work);
    }

    private <T> T transaction(String begin, String action, Work<T> work) {
        begin(begin, action);
        inTransaction = true;
        try {
            T result = work.run();
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw SqlErrors.translate(e, file, action);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    private void begin(String begin, String action) {
        long start = System.nanoTime();
        try {
            execute(begin);
        } catch (SQLException e) {
            if (SqlErrors.isBusy(e)) {
                throw SqlErrors.writerBusy(e, file, action, Duration.ofNanos(System.nanoTime() - start));
            }
            throw SqlErrors.translate(e, file, action);
        }
    }

    synchronized <T> T read(String action, Work<T> work) {
        return call(action, work);
    }

    private <T> T call(String action, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, action);
        }
    }

    private void rollback(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (it does on a full disk); then nothing is left to undo.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    void execute(String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params)) {
            return s.executeUpdate();
        }
    }

    long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params)) {
            s.executeUpdate();
        }
        return queryOne("SELECT last_insert_rowid()", r -> r.getLong(1)).orElseThrow();
    }

    <T> List<T> query(String sql, Row<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params); ResultSet rows = s.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    <T> Optional<T> queryOne(String sql, Row<T> mapper, Object... params) throws SQLException {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int intPragma(String name) throws SQLException {
        return queryOne("PRAGMA " + name, r -> r.getInt(1)).orElseThrow();
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException(file + ": closing failed (" + e.getMessage() + ")", e);
        }
    }
}
