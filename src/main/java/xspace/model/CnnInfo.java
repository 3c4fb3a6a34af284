package xspace.model;

import java.util.List;

/**
 * What XSpace needs to know about a network beyond its weights, kept in a JSON file beside the
 * DL4J zip: the class names in output order, the input size, layout and normalisation, which
 * layer is Z, where the network came from and a fingerprint of its parameters.
 */
public record CnnInfo(List<String> classNames, int inputSize, InputLayout layout, Normalisation normalisation,
        String zLayer, String origin, String fingerprint) {

    public CnnInfo {
        classNames = List.copyOf(classNames);
    }

    public CnnInfo withFingerprint(String value) {
        return new CnnInfo(classNames, inputSize, layout, normalisation, zLayer, origin, value);
    }

    public CnnInfo withZLayer(String value) {
        return new CnnInfo(classNames, inputSize, layout, normalisation, value, origin, fingerprint);
    }

    public int classCount() {
        return classNames.size();
    }
}
