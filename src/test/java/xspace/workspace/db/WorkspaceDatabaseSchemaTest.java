package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.WorkspaceException;

/** Creating, migrating and refusing database files. */
class WorkspaceDatabaseSchemaTest {

    @TempDir
    Path dir;

    private final Clock clock = SteppingClock.startingAt("2024-05-01T10:00:00Z");

    private Path file() {
        return dir.resolve(WorkspaceDatabase.FILE);
    }

    @Test
    void createsTheSchemaInWalModeWithDurableSettings() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "busy_timeout")).isEqualTo(String.valueOf(WorkspaceDatabase.WRITE_WAIT.toMillis()));
        }
        assertThat(RawSqlite.one(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.CURRENT));
        assertThat(RawSqlite.column(file(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .containsExactly("annotator", "module_key_assignment", "module_key_change", "name", "name_carry",
                        "name_change", "note", "note_change", "result", "run", "vote", "vote_change", "x_feature");
    }

    @Test
    void reopeningKeepsTheSchemaAndTheData() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock)) {
            db.addAnnotator("Ann");
        }
        List<String> schema = RawSqlite.column(file(), "SELECT sql FROM sqlite_master ORDER BY name");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock)) {
            assertThat(db.annotators()).extracting(Annotator::name).containsExactly("Ann");
        }
        assertThat(RawSqlite.column(file(), "SELECT sql FROM sqlite_master ORDER BY name")).isEqualTo(schema);
        assertThat(RawSqlite.one(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.CURRENT));
    }

    @Test
    void migratesAnOlderDatabaseStepByStepKeepingItsData() throws Exception {
        Migration first = Migrations.ALL.get(0);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock, List.of(first))) {
            Annotator ann = db.addAnnotator("Ann");
            db.castVote(new XFeatureKey("m", 1, 2), ann, Trust.TRUST);
        }
        Migration second = new Migration(2, "annotators' e-mail",
                List.of("ALTER TABLE annotator ADD COLUMN email TEXT"));
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock, List.of(first, second))) {
            Annotator ann = db.annotators().get(0);
            assertThat(db.votes(new XFeatureKey("m", 1, 2))).containsEntry(ann, Trust.TRUST);
        }
        assertThat(RawSqlite.one(file(), "PRAGMA user_version")).isEqualTo("2");
        assertThat(RawSqlite.column(file(), "SELECT name FROM pragma_table_info('annotator')")).contains("email");
    }

    @Test
    void notesWrittenBeforeTheNoteHistoryBecomeItsFirstEntries() throws Exception {
        XFeatureKey key = new XFeatureKey("m", 1, 2);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock, List.of(Migrations.ALL.get(0)))) {
            db.addAnnotator("Ann");
        }
        // This XSpace writes notes with their history; a note of version 1 is written as that version did.
        RawSqlite.execute(file(), "INSERT INTO x_feature (id, module_id, class_index, feature) VALUES (1, 'm', 1, 2)",
                "INSERT INTO note VALUES (1, 1, 'written at version 1', '2024-05-01T09:00:00.000Z')");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock)) {
            Annotator ann = db.annotators().get(0);
            db.setNote(key, ann, "written later");
            assertThat(db.noteHistory(key)).extracting(c -> c.text().orElseThrow())
                    .containsExactly("written at version 1", "written later");
        }
    }

    @Test
    void refusesADatabaseFromANewerVersionAndLeavesItUntouched() throws Exception {
        RawSqlite.execute(file(), "CREATE TABLE future (x)", "INSERT INTO future VALUES (1)",
                "PRAGMA user_version = 7");
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> WorkspaceDatabase.open(dir, clock))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("schema version 7")
                .hasMessageContaining("reads up to version " + Migrations.CURRENT);

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(RawSqlite.one(file(), "PRAGMA journal_mode")).isEqualTo("delete");
    }

    @Test
    void refusesTablesWithoutASchemaVersionAndLeavesThemUntouched() throws Exception {
        Files.write(file(), databaseWithRows());
        RawSqlite.execute(file(), "PRAGMA user_version = 0");
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> WorkspaceDatabase.open(dir, clock))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("holds tables but no schema version");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void refusesGarbageAndLeavesItUntouched() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        assertRefusedUntouched(garbage, "does not start like an SQLite database");
        assertRefusedUntouched("hello, not a database\n".getBytes(), "does not start like an SQLite database");
    }

    @Test
    void refusesATruncatedDatabaseAndLeavesItUntouched() throws Exception {
        byte[] whole = databaseWithRows();
        assertRefusedUntouched(java.util.Arrays.copyOf(whole, whole.length / 2), "truncated");
        assertRefusedUntouched(java.util.Arrays.copyOf(whole, 4096 + 100), "truncated");
        assertRefusedUntouched(java.util.Arrays.copyOf(whole, 60), "truncated");
    }

    @Test
    void refusesADatabaseWithDamagedPagesAndLeavesItUntouched() throws Exception {
        byte[] damaged = databaseWithRows();
        Random random = new Random(11);
        for (int i = 4096; i < damaged.length; i++) {
            damaged[i] = (byte) random.nextInt();
        }
        assertRefusedUntouched(damaged, "not a readable workspace database");
    }

    @Test
    void anEmptyFileIsANewDatabase() throws Exception {
        Files.write(file(), new byte[0]);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, clock)) {
            assertThat(db.addAnnotator("Ann").name()).isEqualTo("Ann");
        }
    }

    /** A closed database (the log checkpointed into the file) of several pages. */
    private byte[] databaseWithRows() throws Exception {
        Path other = Files.createDirectory(dir.resolve("source"));
        try (WorkspaceDatabase db = WorkspaceDatabase.open(other, clock)) {
            Annotator ann = db.addAnnotator("Ann");
            for (int f = 0; f < 200; f++) {
                db.setName(new XFeatureKey("srae-class-001", 1, f), ann, "a long name for feature " + f);
            }
        }
        byte[] bytes = Files.readAllBytes(other.resolve(WorkspaceDatabase.FILE));
        assertThat(bytes.length).isGreaterThan(4 * 4096);
        return bytes;
    }

    private void assertRefusedUntouched(byte[] content, String why) throws Exception {
        Files.write(file(), content);
        assertThatThrownBy(() -> WorkspaceDatabase.open(dir, clock))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining(why)
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(file())).isEqualTo(content);
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            stream.filter(p -> p.getFileName().toString().startsWith(WorkspaceDatabase.FILE + "-")).forEach(files::add);
        }
        return files;
    }

    private static String pragma(WorkspaceDatabase db, String name) throws Exception {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
