package xspace.attribution;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.model.ExplainedCnn;

/**
 * What computes Excitation Backprop maps of one network input at a heatmap layer: the CPU path
 * ({@link ExcitationBackprop}) or an executor with the same semantics on another device.
 */
public interface MwpSource {

    ExplainedCnn cnn();

    /** The name of the layer whose output the maps are read at. */
    String heatmapLayer();

    /** MWP of each target for one network input, summed over channels. */
    LayerMaps mwp(INDArray input, List<Target> targets);

    /** c-MWP of each target for one network input, summed over channels and clamped at 0. */
    LayerMaps contrastiveMwp(INDArray input, List<Target> targets);
}
