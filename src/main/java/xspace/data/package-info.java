/**
 * The CUB-200-2011 dataset layout: its model, a validating reader with precise error reports
 * (which file, which line, what was expected), and lazy RGB image loading. The synthetic birds
 * that write the same layout are in {@link xspace.data.synth}. Uses the JDK and, for progress,
 * cancellation and file errors in words, {@code xspace.engine}.
 */
package xspace.data;
