package xspace.explain;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import xspace.engine.RowBroadcast;
import xspace.engine.TaskMonitor;

/**
 * Greedy layer-wise pre-training, the first step of the paper's procedure: each encoder layer is
 * trained as a one-hidden-layer autoencoder (ReLU code, linear reconstruction, mean squared error)
 * on the codes of the layer below, and its decoder becomes the mirrored decoder layer.
 */
final class LayerwisePretraining {

    private static final String[][] LEVELS = {{"W1", "b1", "D3", "c3"}, {"W2", "b2", "D2", "c2"}, {"W3", "b3", "D1", "c1"}};

    private LayerwisePretraining() {
    }

    static void run(ModuleParameters p, INDArray z, Hyperparameters h, Random random, TaskMonitor monitor) {
        INDArray input = z;
        for (int level = 0; level < LEVELS.length; level++) {
            String[] names = LEVELS[level];
            INDArray decoder = p.hasDecoder() ? p.get(names[2]) : initialDecoder(p.get(names[0]), random);
            INDArray decoderBias = p.hasDecoder() ? p.get(names[3]) : input.mean(0).reshape(1, input.size(1));
            train(p.get(names[0]), p.get(names[1]), decoder, decoderBias, input, h, random,
                    monitor.stage(level / 3.0, (level + 1) / 3.0));
            input = Transforms.relu(RowBroadcast.addi(input.mmul(p.get(names[0])), p.get(names[1])), false);
        }
    }

    private static INDArray initialDecoder(INDArray encoder, Random random) {
        INDArray decoder = encoder.transpose().dup();
        for (long i = 0; i < decoder.length(); i++) {
            decoder.putScalar(i, decoder.getDouble(i) * (0.5 + random.nextDouble()));
        }
        return decoder;
    }

    private static void train(INDArray w, INDArray b, INDArray d, INDArray c, INDArray input, Hyperparameters h,
            Random random, TaskMonitor monitor) {
        Map<String, INDArray> params = new HashMap<>(Map.of("w", w, "b", b, "d", d, "c", c));
        Adam adam = new Adam(h.learningRate());
        int m = (int) input.size(0);
        for (int epoch = 0; epoch < h.pretrainEpochs(); epoch++) {
            monitor.checkCancelled();
            INDArray shuffled = Batches.rows(input, Batches.permutation(m, random));
            for (int start = 0; start < m; start += h.batchSize()) {
                INDArray x = Batches.slice(shuffled, start, Math.min(m, start + h.batchSize()));
                INDArray pre = RowBroadcast.addi(x.mmul(w), b);
                INDArray hidden = Transforms.relu(pre, true);
                INDArray dOut = RowBroadcast.addi(hidden.mmul(d), c).subi(x).muli(2.0 / (x.size(0) * x.size(1)));
                INDArray dHidden = dOut.mmul(d.transpose()).muli(pre.gt(0).castTo(x.dataType()));
                Map<String, INDArray> g = Map.of(
                        "d", hidden.transpose().mmul(dOut).addi(d.mul(2 * ParameterGroup.DECODER.lambda(h))),
                        "c", dOut.sum(0).reshape(c.shape()),
                        "w", x.transpose().mmul(dHidden).addi(w.mul(2 * ParameterGroup.ENCODER.lambda(h))),
                        "b", dHidden.sum(0).reshape(b.shape()));
                adam.step(params, g);
            }
            monitor.progress(epoch + 1, h.pretrainEpochs(), "pre-training");
        }
    }
}
