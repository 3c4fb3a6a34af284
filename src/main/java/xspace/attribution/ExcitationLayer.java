package xspace.attribution;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One network layer as Excitation Backprop walks it: the input preprocessor DL4J applies before
 * it (the flattening between convolutional and dense layers, NCHW or NHWC order) and its rule.
 * Probability is carried back through the preprocessor with the preprocessor's own backprop, so
 * the unflattening order is exactly the inverse of DL4J's forward flattening.
 */
record ExcitationLayer(String name, InputPreProcessor preprocessor, ExcitationRule rule) {

    /** Binds the layer to one image, given its raw input (before the preprocessor) and its output. */
    ExcitationRule.Prepared prepare(INDArray rawInput, INDArray output) {
        if (preprocessor == null) {
            return rule.prepare(rawInput, output);
        }
        INDArray input = preprocessor.preProcess(rawInput.dup(), (int) rawInput.size(0),
                LayerWorkspaceMgr.noWorkspaces());
        ExcitationRule.Prepared prepared = rule.prepare(input, output);
        return pOut -> {
            INDArray pIn = prepared.down(pOut);
            return preprocessor.backprop(pIn, (int) pIn.size(0), LayerWorkspaceMgr.noWorkspaces());
        };
    }

    /** The same layer with another rule (the top layer's target and dual). */
    ExcitationLayer withRule(ExcitationRule other) {
        return new ExcitationLayer(name, preprocessor, other);
    }
}
