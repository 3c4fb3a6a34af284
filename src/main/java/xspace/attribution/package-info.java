/**
 * Excitation Backprop (MWP and contrastive c-MWP) from x-features, logits or Z units down to
 * the pixels, and the heatmaps and colormaps that show them.
 */
package xspace.attribution;
