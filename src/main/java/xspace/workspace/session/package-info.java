/**
 * An open workspace as an interactive user works with it, without any user interface: the cached
 * Z rows, the modules and their scores on every image, heatmaps through the cache, faithfulness with
 * and without distrusted x-features, the evaluation's output, the HTML report and the CSV of names
 * and votes. The application's views and the command line both build on it.
 */
package xspace.workspace.session;
