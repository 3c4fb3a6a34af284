package xspace.engine;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Not a test: the race that {@link RowBroadcast} and {@link FencedCpuExecutioner} close. Threads
 * broadcast while one more asks for a garbage collection every millisecond. Modes: {@code nd4j}
 * adds a row to fresh matrix products as ND4J's row operations do; {@code rows} does it through
 * {@link RowBroadcast}; {@code dense} runs a small DL4J network of dense layers (their biases are
 * ND4J row operations) on each thread. With {@code --selected}, {@link BackendSelection} starts
 * ND4J first, as the application does (the fenced executioner). A mode that races dies with
 * SIGSEGV in ND4J's native code (docs/reliability.md). Run (after {@code mvn -o -q test-compile}
 * and {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}) with
 * {@code java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) xspace.engine.BroadcastRace
 * nd4j|rows|dense [--selected] [THREADS] [SECONDS]}.
 */
public final class BroadcastRace {

    private BroadcastRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        int next = 1;
        if (args.length > next && args[next].equals("--selected")) {
            BackendSelection.select();
            next++;
        }
        int threads = args.length > next ? Integer.parseInt(args[next]) : 3;
        long seconds = args.length > next + 1 ? Long.parseLong(args[next + 1]) : 120;
        Nd4j.getExecutioner(); // starts ND4J before the clock does
        Runnable[] work = new Runnable[threads];
        for (int t = 0; t < threads; t++) {
            work[t] = round(mode, new Random(t));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong rounds = new AtomicLong();
        startCollector(end);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            Runnable round = work[t];
            workers[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    round.run();
                    rounds.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%s with %s: %d rounds on %d threads in %d s, no crash%n", mode,
                Nd4j.getExecutioner().getClass().getSimpleName(), rounds.get(), threads, seconds);
    }

    private static void startCollector(long end) {
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
    }

    private static Runnable round(String mode, Random random) {
        switch (mode) {
            case "nd4j":
                return () -> {
                    INDArray x = product(random);
                    Nd4j.getExecutioner().exec(new BroadcastAddOp(x, Nd4j.rand(DataType.FLOAT, 1, x.size(1)), x, 1));
                };
            case "rows":
                return () -> {
                    INDArray x = product(random);
                    RowBroadcast.addi(x, Nd4j.rand(DataType.FLOAT, 1, x.size(1)));
                };
            case "dense":
                MultiLayerNetwork network = denseNetwork();
                return () -> network.output(Nd4j.rand(DataType.FLOAT, 8 + random.nextInt(40), 64));
            default:
                throw new IllegalArgumentException("mode nd4j, rows or dense, not " + mode);
        }
    }

    /** A fresh product of random matrices, half of them copied to row-major order. */
    private static INDArray product(Random random) {
        INDArray x = Nd4j.rand(DataType.FLOAT, 20 + random.nextInt(60), 3)
                .mmul(Nd4j.rand(DataType.FLOAT, 3, 5 + random.nextInt(40)));
        return random.nextBoolean() ? x.dup('c') : x;
    }

    private static MultiLayerNetwork denseNetwork() {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).list()
                .layer(new DenseLayer.Builder().nIn(64).nOut(48).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(48).nOut(32).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(32).nOut(12)
                        .activation(Activation.SOFTMAX).build())
                .build());
        network.init();
        return network;
    }
}
