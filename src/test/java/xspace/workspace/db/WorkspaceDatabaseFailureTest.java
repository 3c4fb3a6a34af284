package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.WorkspaceException;

/** Read-only workspaces and a full disk: clear messages, and what was saved before stays saved. */
class WorkspaceDatabaseFailureTest {

    private static final XFeatureKey F0 = new XFeatureKey("srae-class-001", 1, 0);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(WorkspaceDatabase.FILE);
    }

    private void saveOneVote() {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            db.castVote(F0, db.addAnnotator("Ann"), Trust.TRUST);
        }
    }

    private void assertTheVoteIsIntact() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            assertThat(db.votes(F0)).containsEntry(db.annotator("Ann").orElseThrow(), Trust.TRUST);
        }
        assertThat(RawSqlite.column(file(), "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aReadOnlyFolderWithoutADatabaseIsRefused() throws Exception {
        try (ReadOnly readOnly = ReadOnly.make(dir)) {
            assertThatThrownBy(() -> WorkspaceDatabase.open(dir)).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("cannot write to " + dir + ": read only. The workspace's database is opened for writing even to read");
        }
        assertThat(file()).doesNotExist();
    }

    @Test
    void aReadOnlyFolderWithADatabaseIsRefusedAndTheDataKept() throws Exception {
        saveOneVote();
        byte[] before = Files.readAllBytes(file());
        try (ReadOnly readOnly = ReadOnly.make(dir)) {
            assertThatThrownBy(() -> WorkspaceDatabase.open(dir)).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("cannot write to " + dir + ": read only. The workspace's database is opened for writing even to read");
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertTheVoteIsIntact();
    }

    @Test
    void aReadOnlyDatabaseFileIsRefusedAndTheDataKept() throws Exception {
        saveOneVote();
        byte[] before = Files.readAllBytes(file());
        try (ReadOnly readOnly = ReadOnly.make(file())) {
            assertThatThrownBy(() -> WorkspaceDatabase.open(dir)).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("cannot write to " + file() + ": read only. ").hasMessageEndingWith("copy the workspace to a folder you can write to");
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertTheVoteIsIntact();
    }

    @Test
    void aWriteRefusedAsReadOnlyBySqliteSaysSo() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            Annotator ann = db.addAnnotator("Ann");
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA query_only = ON");
            }
            assertThatThrownBy(() -> db.castVote(F0, ann, Trust.TRUST))
                    .hasMessageStartingWith("cannot write to " + file() + ": read only");
        }
    }

    @Test
    void aFullDiskFailsTheChangeCleanlyAndKeepsEverythingBefore() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            Annotator ann = db.addAnnotator("Ann");
            db.castVote(F0, ann, Trust.TRUST);
            try (Statement s = db.connection().createStatement()) {
                // A few pages of room: some names fit, then the "disk" is full.
                int pages = Integer.parseInt(RawSqlite.one(file(), "PRAGMA page_count"));
                s.execute("PRAGMA max_page_count = " + (pages + 3));
            }
            int saved = 0;
            WorkspaceException full = null;
            while (full == null && saved < 10_000) {
                try {
                    db.setName(new XFeatureKey("srae-class-001", 1, saved + 1), ann, "name ".repeat(39) + saved);
                    saved++;
                } catch (WorkspaceException e) {
                    full = e;
                }
            }
            assertThat(full).isNotNull();
            assertThat(saved).isPositive();
            assertThat(full.getMessage()).startsWith("cannot write to " + file() + ": the disk is full");

            // Every change is whole or absent: as many history rows as current names, all readable.
            assertThat(RawSqlite.one(file(), "SELECT count(*) FROM name_change")).isEqualTo(String.valueOf(saved));
            assertThat(RawSqlite.one(file(), "SELECT count(*) FROM name")).isEqualTo(String.valueOf(saved));
            assertThat(db.votes(F0)).containsEntry(ann, Trust.TRUST);

            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823");
            }
            db.castVote(F0, ann, Trust.DISTRUST);
            assertThat(db.tally(F0).distrust()).isEqualTo(1);
        }
        assertThat(RawSqlite.column(file(), "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void openingOnAFullDiskSaysTheDiskIsFull() throws Exception {
        var mounted = xspace.engine.SmallDisk.mount(dir.resolve("disk"), 512);
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted.isPresent(), "needs root to mount a small tmpfs");
        try (xspace.engine.SmallDisk disk = mounted.get()) {
            try (WorkspaceDatabase db = WorkspaceDatabase.open(disk.root())) {
                db.addAnnotator("Ann");
            }
            disk.fillLeaving(0);
            WorkspaceException full = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> {
                        try (WorkspaceDatabase db = WorkspaceDatabase.open(disk.root())) {
                            db.addAnnotator("Bob");
                        }
                    }, WorkspaceException.class);
            assertThat(full).isNotNull();
            assertThat(full.getMessage()).contains(disk.root().resolve("workspace.db").toString())
                    .contains("the disk is full");
        }
    }
}
