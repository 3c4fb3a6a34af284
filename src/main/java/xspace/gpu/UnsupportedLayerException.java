package xspace.gpu;

/** A layer the GPU executor cannot run, named, so that the CPU path runs the network instead. */
public final class UnsupportedLayerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String layer;

    UnsupportedLayerException(String layer, String why) {
        super("the GPU executor cannot run layer '" + layer + "': " + why);
        this.layer = layer;
    }

    /** The name of the layer refused. */
    public String layer() {
        return layer;
    }
}
