package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class NativeMemoryCollectionTest {

    @Test
    void aCollectionWaitsUntilAnotherThreadsWorkIsDone() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> worker = workUntil(inside, finish);
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> collection = CompletableFuture.runAsync(NativeMemory::releaseGarbage);
        Thread.sleep(300);
        assertThat(collection).as("collection while the other thread works").isNotDone();
        finish.countDown();
        collection.get(10, TimeUnit.SECONDS);
        worker.get(10, TimeUnit.SECONDS);
    }

    @Test
    void workAloneWaitsForOtherThreadsWorkAndRunsWithinWorkOfItsOwn() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> other = workUntil(inside, finish);
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        // a module's job judging its attempt: alone, from inside its own uninterrupted work
        CompletableFuture<Integer> judged = CompletableFuture.supplyAsync(
                () -> NativeMemory.uninterrupted(() -> NativeMemory.alone(() -> 3) + 1));
        Thread.sleep(300);
        assertThat(judged).as("alone while another thread works").isNotDone();
        finish.countDown();
        assertThat(judged.get(10, TimeUnit.SECONDS)).isEqualTo(4);
        other.get(10, TimeUnit.SECONDS);
        CompletableFuture.runAsync(NativeMemory::releaseGarbage).get(10, TimeUnit.SECONDS);
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
