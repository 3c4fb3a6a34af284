package xspace.attribution;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
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
            Layer conf = network.getLayer(i).conf().getLayer();
            if (conf instanceof SubsamplingLayer) {
                pools.add(i);
            } else if (conf instanceof ConvolutionLayer) {
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

    /**
     * The layout of a layer's output: its own for convolution and pooling, that of the nearest
     * such layer below for layers that keep the shape (batch norm, dropout, activation).
     */
    static CNN2DFormat format(MultiLayerNetwork network, int index) {
        for (int i = index; i >= 0; i--) {
            Layer conf = network.getLayer(i).conf().getLayer();
            if (conf instanceof ConvolutionLayer c) {
                return c.getCnn2dDataFormat() == null ? CNN2DFormat.NCHW : c.getCnn2dDataFormat();
            }
            if (conf instanceof SubsamplingLayer s) {
                return s.getCnn2dDataFormat() == null ? CNN2DFormat.NCHW : s.getCnn2dDataFormat();
            }
            if (!(conf instanceof BatchNormalization || conf instanceof DropoutLayer || conf instanceof ActivationLayer)) {
                break;
            }
        }
        throw new ModelException("layer '" + network.getLayer(index).conf().getLayer().getLayerName()
                + "' has no spatial output; read heatmaps at a convolutional or pooling layer");
    }
}
