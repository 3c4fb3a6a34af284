package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.WriteLockHolder;
import xspace.workspace.db.XFeatureKey;

/**
 * Exports and imports while another XSpace writes to the same workspace: an export reads the last
 * commit without waiting, in one snapshot; imports wait their turn, even behind a long write.
 */
class SharingBundleConcurrencyTest {

    private static final String CNN = "cnn-3f2a";
    private static final XFeatureKey F0 = new XFeatureKey("srae-class-001", 1, 0);

    @TempDir
    Path dir;

    private Path workspace(String name, String annotator, Trust trust) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root)) {
            Annotator a = db.addAnnotator(annotator);
            db.castVote(F0, a, trust);
        }
        return root;
    }

    @Test
    void anExportWhileAnotherProcessWritesHasTheLastCommitAndDoesNotWait() throws Exception {
        Path mine = workspace("mine", "Ann", Trust.TRUST);
        Path zip = dir.resolve("mine.zip");
        try (WriteLockHolder writer = WriteLockHolder.on(mine.resolve(WorkspaceDatabase.FILE),
                WriteLockHolder.addAnnotator("Zed")).commitAfter(Duration.ofSeconds(8))) {
            long start = System.nanoTime();
            try (WorkspaceDatabase db = WorkspaceDatabase.open(mine)) {
                SharingBundle.export(db, zip, CNN, Map.of(), Clock.systemUTC());
            }
            assertThat((System.nanoTime() - start) / 1_000_000).as("the export waited").isLessThan(3_000);
            assertThat(writer.holding()).isTrue();
        }
        BundleZip.Contents contents = BundleZip.read(zip);
        assertThat(contents.texts().get("annotators.json")).contains("Ann").doesNotContain("Zed");
        assertThat(contents.texts().get("votes.csv")).contains("Ann,TRUST");
    }

    /** SQLite's old five-second wait was shorter than a large import; both imports here must wait longer. */
    @Test
    void twoImportsAtOnceBehindAWriteLongerThanFiveSecondsBothSucceed() throws Exception {
        Path mine = workspace("mine", "Ann", Trust.TRUST);
        Path fromBob = export(workspace("bob", "Bob", Trust.DISTRUST), "bob.zip");
        Path fromCy = export(workspace("cy", "Cy", Trust.UNSURE), "cy.zip");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try (WriteLockHolder writer = WriteLockHolder.on(mine.resolve(WorkspaceDatabase.FILE),
                WriteLockHolder.addAnnotator("Zed")).commitAfter(Duration.ofMillis(6_000))) {
            List<Future<ImportReport>> imports = List.of(pool.submit(() -> importInto(mine, fromBob, start)),
                    pool.submit(() -> importInto(mine, fromCy, start)));
            start.countDown();
            for (Future<ImportReport> report : imports) {
                assertThat(report.get().merge().votes().added()).isEqualTo(1);
            }
            assertThat(writer.holding()).isFalse();
        } finally {
            pool.shutdownNow();
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(mine)) {
            assertThat(db.annotators()).extracting(Annotator::name).containsExactly("Ann", "Bob", "Cy", "Zed");
            assertThat(db.votes(F0).values()).containsExactlyInAnyOrder(Trust.TRUST, Trust.DISTRUST, Trust.UNSURE);
        }
    }

    @Test
    void anExportReadsOneSnapshotWhileImportsCommit() throws Exception {
        Path mine = workspace("mine", "Ann", Trust.TRUST);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (WorkspaceDatabase reader = WorkspaceDatabase.open(mine)) {
            Future<Integer> writes = pool.submit(() -> importOneByOne(mine, stop));
            long end = System.nanoTime() + 1_500_000_000L;
            int seen = 0;
            while (System.nanoTime() < end) {
                SharedState state = reader.snapshot();
                // Each import adds a name and a vote together; only Ann's first vote has no name.
                assertThat(state.names()).as("names and votes of one snapshot").hasSize(state.votes().size() - 1);
                seen = state.names().size();
            }
            stop.set(true);
            assertThat(writes.get()).isPositive();
            assertThat(seen).isPositive();
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** Merges a name and a vote on a new x-feature per transaction until stopped; returns how many. */
    private static int importOneByOne(Path root, AtomicBoolean stop) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root)) {
            int n = 0;
            while (!stop.get()) {
                XFeatureKey key = new XFeatureKey("srae-class-002", 2, n++);
                db.merge(new SharedState(List.of("Wes"), List.of(new SharedState.Name(key, "Wes", "n" + n,
                        Instant.now())), List.of(new SharedState.Vote(key, "Wes", Trust.TRUST, Instant.now())),
                        List.of()));
            }
            return n;
        }
    }

    private Path export(Path root, String file) {
        Path zip = dir.resolve(file);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root)) {
            SharingBundle.export(db, zip, CNN, Map.of(), Clock.systemUTC());
        }
        return zip;
    }

    private static ImportReport importInto(Path root, Path zip, CountDownLatch start) throws InterruptedException {
        start.await();
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root)) {
            return SharingBundle.importInto(db, zip, new BundleTarget(CNN,
                    List.of(new WorkspaceModule(F0.moduleId(), F0.classIndex(), 5, null)), Clock.systemUTC()));
        }
    }
}
