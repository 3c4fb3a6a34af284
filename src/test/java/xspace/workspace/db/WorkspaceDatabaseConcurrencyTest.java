package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two XSpace instances on one workspace, writing at the same time, lose nothing. */
class WorkspaceDatabaseConcurrencyTest {

    private static final int VOTES_EACH = 120;

    @TempDir
    Path dir;

    @Test
    void twoInstancesVotingAtOnceKeepEveryVote() throws Exception {
        try (WorkspaceDatabase setup = WorkspaceDatabase.open(dir)) {
            setup.addAnnotator("Ann");
            setup.addAnnotator("Bob");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try (WorkspaceDatabase first = WorkspaceDatabase.open(dir);
                WorkspaceDatabase second = WorkspaceDatabase.open(dir)) {
            List<Future<?>> jobs = new ArrayList<>();
            jobs.add(pool.submit(() -> vote(first, "Ann", start)));
            jobs.add(pool.submit(() -> vote(second, "Bob", start)));
            start.countDown();
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            for (int f = 0; f < VOTES_EACH; f++) {
                XFeatureKey key = new XFeatureKey("m", 0, f);
                assertThat(db.votes(key).values()).containsExactlyInAnyOrder(Trust.TRUST, Trust.DISTRUST);
                assertThat(db.voteHistory(key)).hasSize(2);
            }
        }
        assertThat(RawSqlite.column(dir.resolve(WorkspaceDatabase.FILE), "PRAGMA integrity_check"))
                .containsExactly("ok");
        assertThat(RawSqlite.one(dir.resolve(WorkspaceDatabase.FILE), "SELECT count(*) FROM x_feature"))
                .isEqualTo(String.valueOf(VOTES_EACH));
    }

    private static Void vote(WorkspaceDatabase db, String name, CountDownLatch start) throws InterruptedException {
        Annotator annotator = db.annotator(name).orElseThrow();
        Trust trust = name.equals("Ann") ? Trust.TRUST : Trust.DISTRUST;
        start.await();
        for (int f = 0; f < VOTES_EACH; f++) {
            db.castVote(new XFeatureKey("m", 0, f), annotator, trust);
        }
        return null;
    }
}
