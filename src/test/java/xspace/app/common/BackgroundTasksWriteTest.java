package xspace.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Writes of names and votes: in the order given, beside a busy pool, never cancelled, waited for on closing. */
class BackgroundTasksWriteTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void writesRunInTheOrderGivenWhileEveryComputingThreadIsHeldAndCancelLeavesThemAlone() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                tasks.run("hold-" + i, "holding a thread", m -> {
                    held.await();
                    return null;
                }, r -> { });
            }
            tasks.write("first", m -> {
                firstMayEnd.await();
                order.add("first");
                return null;
            }, done::countDown);
            tasks.write("second", m -> {
                order.add("second");
                return null;
            }, done::countDown);
            tasks.cancelAll();
        }).get();
        firstMayEnd.countDown();

        assertThat(done.await(10, TimeUnit.SECONDS)).as("both writes done while the pool is held").isTrue();
        assertThat(order).containsExactly("first", "second");
        held.countDown();
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
    }

    @Test
    void closingWaitsForTheWritesGivenAndAWriteGivenAfterRunsAtOnce() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(2);
        AtomicBoolean slowWritten = new AtomicBoolean();
        AtomicBoolean lateWritten = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            tasks.write("slow", m -> {
                Thread.sleep(300);
                slowWritten.set(true);
                return null;
            }, () -> { });
            tasks.shutdown();
            assertThat(slowWritten).as("written before shutdown returns").isTrue();
            tasks.write("late", m -> {
                lateWritten.set(true);
                return null;
            }, () -> { });
        }).get();
        assertThat(lateWritten).isTrue();
    }
}
