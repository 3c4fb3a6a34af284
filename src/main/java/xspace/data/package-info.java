/**
 * The CUB-200-2011 dataset layout: its model, a validating reader with precise error reports,
 * lazy RGB image loading, and the synthetic-birds generator that writes the same layout with
 * exactly known part locations. Uses the JDK only.
 */
package xspace.data;
