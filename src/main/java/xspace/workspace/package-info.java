/**
 * A workspace on disk: its layout, the SQLite database of annotators, x-feature names, trust
 * votes and results, and the caches of features and heatmaps.
 */
package xspace.workspace;
