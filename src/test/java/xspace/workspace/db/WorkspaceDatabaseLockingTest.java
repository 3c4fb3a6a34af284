package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.WorkspaceException;

/**
 * Another XSpace writing to the same workspace: opening and reading go on without waiting for it,
 * a writer waits its turn, and one that waits too long gets an error naming the file. The other
 * writer is a real second connection holding SQLite's write lock.
 */
class WorkspaceDatabaseLockingTest {

    private static final XFeatureKey F0 = new XFeatureKey("m", 0, 0);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(WorkspaceDatabase.FILE);
    }

    @BeforeEach
    void aWorkspaceWithAnAnnotator() {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            db.addAnnotator("Ann");
        }
    }

    @Test
    void openingADatabaseAtTheCurrentVersionTakesNoWriteLock() throws Exception {
        try (WriteLockHolder writer = WriteLockHolder.on(file(), WriteLockHolder.addAnnotator("Zed"))
                .commitAfter(Duration.ofSeconds(4))) {
            long start = System.nanoTime();
            try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
                assertThat(millisSince(start)).as("opening waited for the writer").isLessThan(2_000);
                assertThat(writer.holding()).isTrue();
                // The last commit, without the writer's change in progress.
                assertThat(db.annotators()).extracting(Annotator::name).containsExactly("Ann");
            }
        }
    }

    @Test
    void aWriterWaitsForAnotherWriterToCommit() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir);
                WriteLockHolder writer = WriteLockHolder.on(file(), WriteLockHolder.addAnnotator("Zed"))
                        .commitAfter(Duration.ofMillis(800))) {
            Annotator ann = db.annotator("Ann").orElseThrow();
            long start = System.nanoTime();
            db.castVote(F0, ann, Trust.TRUST);
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(600);
            assertThat(writer.holding()).isFalse();
            assertThat(db.annotators()).extracting(Annotator::name).containsExactly("Ann", "Zed");
            assertThat(db.votes(F0)).containsEntry(ann, Trust.TRUST);
        }
    }

    @Test
    void aWriterBlockedLongerThanItsWaitGetsAClearErrorNotAHang() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, Clock.systemUTC(), Migrations.ALL,
                Duration.ofMillis(300)); WriteLockHolder writer = WriteLockHolder.on(file())) {
            Annotator ann = db.annotator("Ann").orElseThrow();
            long start = System.nanoTime();
            assertThatThrownBy(() -> db.castVote(F0, ann, Trust.TRUST))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(file().toString())
                    .hasMessageContaining("another XSpace process is writing to this database")
                    .hasMessageContaining("was not saved");
            assertThat(millisSince(start)).isBetween(250L, 3_000L);
            writer.commit();
            assertThat(db.votes(F0)).isEmpty();
            db.castVote(F0, ann, Trust.DISTRUST);
            assertThat(db.votes(F0)).containsEntry(ann, Trust.DISTRUST);
        }
    }

    @Test
    void anOlderDatabaseIsMigratedOnceThoughOpenedTwiceAtOnce() throws Exception {
        Migration email = new Migration(Migrations.CURRENT + 1, "annotators' e-mail",
                List.of("ALTER TABLE annotator ADD COLUMN email TEXT"));
        List<Migration> steps = new java.util.ArrayList<>(Migrations.ALL);
        steps.add(email);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> opened = List.of(pool.submit(() -> names(start, steps)),
                    pool.submit(() -> names(start, steps)));
            start.countDown();
            for (Future<List<String>> names : opened) {
                assertThat(names.get()).containsExactly("Ann");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(RawSqlite.one(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.CURRENT + 1));
        assertThat(RawSqlite.column(file(), "SELECT name FROM pragma_table_info('annotator')")).contains("email");
    }

    private List<String> names(CountDownLatch start, List<Migration> steps) throws InterruptedException {
        start.await();
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, Clock.systemUTC(), steps)) {
            return db.annotators().stream().map(Annotator::name).toList();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
