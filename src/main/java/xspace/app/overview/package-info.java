/** The class overview: every x-feature of a module with its strongest images, names and tallies. */
package xspace.app.overview;
