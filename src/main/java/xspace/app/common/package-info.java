/**
 * What every view of the application shares: the observable state, background work with progress
 * and cancellation, the status bar and failure dialog, preferences, icons, the heatmap controls and
 * the thumbnail cache, and writing names, notes and votes.
 */
package xspace.app.common;
