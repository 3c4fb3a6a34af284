package xspace.engine;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Not a test: the race that {@link RowBroadcast} closes. Threads add a row to fresh matrices
 * (products, as in a module's layers) while one more asks for a garbage collection every
 * millisecond; {@code nd4j} runs ND4J's broadcast as its row operations do, {@code fenced} through
 * {@link RowBroadcast}. The first dies with SIGSEGV in ND4J's native code (docs/reliability.md);
 * run a mode again to see another crash time. Run (after {@code mvn -o -q test-compile} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}) with
 * {@code java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) xspace.engine.BroadcastRace
 * nd4j|fenced [THREADS] [SECONDS]}.
 */
public final class BroadcastRace {

    private BroadcastRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean fenced = args.length > 0 && args[0].equals("fenced");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 120;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong rounds = new AtomicLong();
        Thread collector = new Thread(() -> {
            while (System.nanoTime() < end) {
                System.gc();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        collector.setDaemon(true);
        collector.start();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    addRow(random, fenced);
                    rounds.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%s: %d rounds on %d threads in %d s, no crash%n", fenced ? "fenced" : "nd4j", rounds.get(),
                threads, seconds);
    }

    private static void addRow(Random random, boolean fenced) {
        int n = 20 + random.nextInt(60);
        int k = 5 + random.nextInt(40);
        INDArray x = Nd4j.rand(DataType.FLOAT, n, 3).mmul(Nd4j.rand(DataType.FLOAT, 3, k));
        if (random.nextBoolean()) {
            x = x.dup('c');
        }
        INDArray row = Nd4j.rand(DataType.FLOAT, 1, k);
        if (fenced) {
            RowBroadcast.addi(x, row);
        } else {
            Nd4j.getExecutioner().exec(new BroadcastAddOp(x, row, x, 1));
        }
    }
}
