package xspace.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A SHA-256 of a network's parameters and layer names: explanation modules, heatmap caches and
 * shared votes record it, so that they are never applied to a different network.
 */
public final class Fingerprint {

    private static final long CHUNK = 1 << 20;

    private Fingerprint() {
    }

    public static String of(MultiLayerNetwork network) {
        MessageDigest digest = sha256();
        for (org.deeplearning4j.nn.api.Layer layer : network.getLayers()) {
            digest.update(String.valueOf(layer.conf().getLayer().getLayerName()).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        INDArray params = network.params().castTo(DataType.FLOAT).reshape(-1);
        long length = params.length();
        for (long start = 0; start < length; start += CHUNK) {
            long end = Math.min(length, start + CHUNK);
            float[] values = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(start, end)).toFloatVector();
            ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
