/**
 * The image view: one image with its parts, Voronoi cells and all its x-feature heatmaps sorted by
 * v_i·E_i, beside the image browser.
 */
package xspace.app.image;
