/**
 * Explanation modules (SRAE and the NN and SAE baselines): per-class sampling, training, the
 * x-features E, and the linear predictor that reproduces one class score.
 */
package xspace.explain;
