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

    /** c-MWP of each image of a batch: image by image here, in one pass where a source can. */
    default List<LayerMaps> contrastiveMwpOfEach(INDArray batch, List<Target> targets) {
        List<LayerMaps> maps = new java.util.ArrayList<>();
        for (long i = 0; i < batch.size(0); i++) {
            maps.add(contrastiveMwp(batch.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(i, i + 1)).dup(),
                    targets));
        }
        return maps;
    }
}
