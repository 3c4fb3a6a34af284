package xspace.explain;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A module's identity: SHA-256 of its method, class, network fingerprint, Z layer and every
 * parameter (encoder, decoder, predictor; by name, with shapes, as 32-bit floats), the first 16 hex
 * digits as the network's own fingerprint. Retraining gives other weights and so another
 * fingerprint; saving and loading the same weights give the same one, in either precision.
 */
public final class ModuleFingerprint {

    private ModuleFingerprint() {
    }

    public static String of(ModuleInfo info, ModuleParameters parameters) {
        MessageDigest digest = sha256();
        text(digest, "xspace-module-1");
        text(digest, info.method().name());
        text(digest, Integer.toString(info.classIndex()));
        text(digest, String.valueOf(info.cnnFingerprint()));
        text(digest, String.valueOf(info.zLayer()));
        for (Map.Entry<String, INDArray> p : new TreeMap<>(parameters.asMap()).entrySet()) {
            text(digest, p.getKey());
            text(digest, java.util.Arrays.toString(p.getValue().shape()));
            float[] values = p.getValue().castTo(DataType.FLOAT).reshape(-1).toFloatVector();
            ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** Each part is followed by a zero byte, so that no two sequences of parts hash alike. */
    private static void text(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
