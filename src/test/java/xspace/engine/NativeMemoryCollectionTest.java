package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class NativeMemoryCollectionTest {

    @Test
    void aCollectionWaitsUntilAnotherThreadsWorkIsDone() throws Exception {
        waitsForOtherWork(() -> CompletableFuture.runAsync(NativeMemory::releaseGarbage),
                "collection while the other thread works");
    }

    @Test
    void workAloneWaitsForOtherThreadsWorkAndRunsWithinWorkOfItsOwn() throws Exception {
        // a module's job judging its attempt: alone, from inside its own uninterrupted work
        int judged = waitsForOtherWork(() -> CompletableFuture.supplyAsync(
                () -> NativeMemory.uninterrupted(() -> NativeMemory.alone(() -> 3) + 1)),
                "alone while another thread works");
        assertThat(judged).isEqualTo(4);
        CompletableFuture.runAsync(NativeMemory::releaseGarbage).get(10, TimeUnit.SECONDS);
    }

    /** Starts {@code work} while another thread is inside its work: it finishes only after that. */
    private static <T> T waitsForOtherWork(Supplier<CompletableFuture<T>> work, String description) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> other = workUntil(inside, finish);
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<T> waiting = work.get();
        Thread.sleep(300);
        assertThat(waiting).as(description).isNotDone();
        finish.countDown();
        T result = waiting.get(10, TimeUnit.SECONDS);
        other.get(10, TimeUnit.SECONDS);
        return result;
    }

    @Test
    void workMayCollectItsOwnGarbageBetweenSteps() throws Exception {
        CompletableFuture<Integer> work = CompletableFuture.supplyAsync(() -> NativeMemory.uninterrupted(() -> {
            NativeMemory.releaseGarbage();
            return NativeMemory.uninterrupted(() -> {
                NativeMemory.releaseGarbage();
                return 7;
            });
        }));
        assertThat(work.get(10, TimeUnit.SECONDS)).isEqualTo(7);
        // every hold was given back: another thread can collect at once
        CompletableFuture.runAsync(NativeMemory::releaseGarbage).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCollectionGoesAheadWhereOtherWorkIsBetweenSteps() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Integer> stepping = CompletableFuture.supplyAsync(() -> NativeMemory.uninterrupted(() -> {
            inside.countDown();
            int steps = 0;
            while (finish.getCount() > 0) {
                NativeMemory.betweenSteps();
                steps++;
            }
            return steps;
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture.runAsync(NativeMemory::releaseGarbage).get(10, TimeUnit.SECONDS);
        assertThat(stepping).as("the stepping work, still inside").isNotDone();
        finish.countDown();
        assertThat(stepping.get(10, TimeUnit.SECONDS)).isPositive();
        // every hold was given back: another thread can collect at once
        CompletableFuture.runAsync(NativeMemory::releaseGarbage).get(10, TimeUnit.SECONDS);
    }

    /** Another thread's uninterrupted work, which says when it has begun and ends when told. */
    private static CompletableFuture<Void> workUntil(CountDownLatch inside, CountDownLatch finish) {
        return CompletableFuture.runAsync(() -> {
            try {
                NativeMemory.uninterrupted(() -> {
                    inside.countDown();
                    return finish.await(30, TimeUnit.SECONDS);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void periodicCollectionsStopWhileSuspendedAndComeBackAfter() {
        var manager = Nd4j.getMemoryManager();
        boolean before = manager.isPeriodicGcActive();
        try (NativeMemory.Suspension s = NativeMemory.collectOnlyBetweenSteps()) {
            assertThat(manager.isPeriodicGcActive()).isFalse();
        }
        assertThat(manager.isPeriodicGcActive()).isEqualTo(before);
    }
}
