package xspace.model;

/** An image of a dataset with its class index in the network's output order. */
public record LabelledImage(int imageId, int label) {
}
