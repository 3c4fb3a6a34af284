package xspace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import xspace.model.LayerKind;
import xspace.model.ModelException;

/**
 * Which layer's output a heatmap is read at. The default follows the Excitation Backprop
 * references (TorchRay reads VGG16 at pool4, the Caffe demo GoogleNet at pool3): the output of the
 * second-to-last pooling layer below Z, mid-level enough to localise parts and coarse enough to
 * be stable; with a single pooling layer that one, with none the last convolution.
 */
final class HeatmapLayers {

    private HeatmapLayers() {
    }

    static int defaultIndex(MultiLayerNetwork network, int zIndex) {
        List<Integer> pools = new ArrayList<>();
        int lastConvolution = -1;
        for (int i = 0; i < zIndex; i++) {
            LayerKind kind = LayerKind.of(network.getLayer(i));
            if (kind.pooling()) {
                pools.add(i);
            } else if (kind == LayerKind.CONVOLUTION) {
                lastConvolution = i;
            }
        }
        if (pools.size() >= 2) {
            return pools.get(pools.size() - 2);
        }
        if (pools.size() == 1) {
            return pools.get(0);
        }
        if (lastConvolution < 0) {
            throw new ModelException("the network has no convolutional or pooling layer below Z to read heatmaps at");
        }
        return lastConvolution;
    }

    /** The layers below {@code zIndex} whose output is a spatial map, lowest first. */
    static List<Integer> spatialIndices(MultiLayerNetwork network, int zIndex) {
        List<Integer> spatial = new ArrayList<>();
        for (int i = 0; i < zIndex; i++) {
            if (spatialFormat(network, i).isPresent()) {
                spatial.add(i);
            }
        }
        return spatial;
    }

    /** The layout of a layer's output, which must be a spatial map. */
    static CNN2DFormat format(MultiLayerNetwork network, int index) {
        return spatialFormat(network, index).orElseThrow(() -> new ModelException("layer '"
                + network.getLayer(index).conf().getLayer().getLayerName()
                + "' has no spatial output; read heatmaps at a convolutional or pooling layer"));
    }

    /**
     * The layout of a layer's output if it is a spatial map: its own for convolution and pooling,
     * that of the nearest such layer below for layers that keep the shape.
     */
    private static Optional<CNN2DFormat> spatialFormat(MultiLayerNetwork network, int index) {
        for (int i = index; i >= 0; i--) {
            Layer conf = network.getLayer(i).conf().getLayer();
            LayerKind kind = LayerKind.of(conf);
            if (kind.spatial()) {
                return Optional.of(SpatialLayout.format(conf));
            }
            if (!kind.keepsShape()) {
                break;
            }
        }
        return Optional.empty();
    }
}
