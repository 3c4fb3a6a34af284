package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelJobsTest {

    @Test
    void resultsComeInTheJobsOrderAndEachIsHeardOnce() throws IOException {
        List<ParallelJobs.Job<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int value = i;
            jobs.add(m -> {
                Thread.sleep(7 - value);
                return value * value;
            });
        }
        List<Integer> heard = new CopyOnWriteArrayList<>();
        List<Integer> results = ParallelJobs.run(jobs, 3, TaskMonitor.NONE, heard::add);
        assertThat(results).containsExactly(0, 1, 4, 9, 16, 25, 36);
        assertThat(heard).containsExactlyInAnyOrder(0, 1, 4, 9, 16, 25, 36);
    }

    @Test
    void progressIsTheMeanOfTheJobsFractions() throws IOException {
        List<Double> reported = new CopyOnWriteArrayList<>();
        TaskMonitor monitor = new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        List<ParallelJobs.Job<Integer>> jobs = List.of(m -> {
            m.progress(1.0, "done");
            return 1;
        }, m -> {
            m.progress(0.5, "half");
            return 2;
        });
        ParallelJobs.run(jobs, 1, monitor, r -> {
        });
        assertThat(reported).containsExactly(0.5, 0.75);
    }

    @Test
    void aFailingJobStopsTheOthersAndItsErrorIsRethrown() {
        CountDownLatch failed = new CountDownLatch(1);
        List<ParallelJobs.Job<Integer>> jobs = List.of(m -> {
            // Waits for the failure, then must see the shared cancellation at its next check.
            failed.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 1000; i++) {
                m.checkCancelled();
                Thread.sleep(10);
            }
            return 0;
        }, m -> {
            failed.countDown();
            throw new IOException("class 3: features missing");
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> ParallelJobs.run(jobs, 2, TaskMonitor.NONE, r -> {
        })).isInstanceOf(IOException.class).hasMessage("class 3: features missing");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void cancellingTheCallerStopsEveryJob() {
        CancellationFlag flag = new CancellationFlag((f, m) -> {
        });
        List<ParallelJobs.Job<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jobs.add(m -> {
                flag.cancel();
                m.checkCancelled();
                return 1;
            });
        }
        assertThatThrownBy(() -> ParallelJobs.run(jobs, 2, flag, r -> {
        })).isInstanceOf(CancelledException.class);
    }

    @Test
    void nativeThreadLimitsAreRestored() {
        var environment = org.nd4j.linalg.factory.Nd4j.getEnvironment();
        var ops = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps();
        int before = ops.ompGetMaxThreads();
        int masters = environment.maxMasterThreads();
        try (NativeThreads limit = NativeThreads.limit(1)) {
            assertThat(ops.ompGetMaxThreads()).isEqualTo(1);
            assertThat(environment.maxMasterThreads()).isEqualTo(1);
        }
        assertThat(ops.ompGetMaxThreads()).isEqualTo(before);
        assertThat(environment.maxMasterThreads()).isEqualTo(masters);
        assertThatThrownBy(() -> NativeThreads.limit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
