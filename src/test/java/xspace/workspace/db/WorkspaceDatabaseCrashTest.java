package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is casting votes (SIGKILL, at a seeded random point) and checks that every
 * vote it had acknowledged survived and the file is sound: a vote reported as cast is never lost.
 */
class WorkspaceDatabaseCrashTest {

    private static final int ROUNDS = 5;
    private static final int FIRST_FEATURE_STEP = 100_000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedVoteSurvivesAKill() throws Exception {
        Random random = new Random(20240501);
        List<Integer> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 3 + random.nextInt(40);
            acknowledged.addAll(castUntilKilled(round * FIRST_FEATURE_STEP, killAfter, random.nextInt(3)));
            assertAllPresent(acknowledged);
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(ROUNDS * 3);
        assertThat(RawSqlite.column(dir.resolve(WorkspaceDatabase.FILE), "PRAGMA integrity_check"))
                .containsExactly("ok");
    }

    /** Starts the caster, kills it after {@code killAfter} acknowledgements, returns every one it printed. */
    private List<Integer> castUntilKilled(int start, int killAfter, int extraMillis) throws Exception {
        Path stderr = dir.resolve("caster-" + start + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                VoteCaster.class.getName(), dir.toString(), Integer.toString(start))
                .redirectError(stderr.toFile()).start();
        List<Integer> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (acks.size() < killAfter) {
                String line = out.readLine();
                if (line == null) {
                    fail("the caster stopped before being killed: " + Files.readString(stderr));
                }
                acks.add(Integer.parseInt(line.substring("ACK ".length())));
            }
            Thread.sleep(extraMillis);
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe, and
            // acknowledgements already in it were printed after their commits, so they count too.
            child.toHandle().destroyForcibly();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ACK ")) {
                    acks.add(Integer.parseInt(line.substring("ACK ".length())));
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return acks;
    }

    private void assertAllPresent(List<Integer> acknowledged) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            Annotator caster = db.annotator("caster").orElseThrow();
            for (int n : acknowledged) {
                assertThat(db.votes(new XFeatureKey("crash", 0, n)))
                        .as("acknowledged vote on feature %d", n)
                        .containsEntry(caster, Trust.values()[n % Trust.values().length]);
            }
        }
    }
}
