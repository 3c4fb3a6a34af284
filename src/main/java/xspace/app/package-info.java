/**
 * The JavaFX desktop application: views, view models, dialogs and rendering. The only package that
 * imports JavaFX.
 */
package xspace.app;
