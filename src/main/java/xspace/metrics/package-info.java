/**
 * The paper's measures of an explanation: faithfulness, orthogonality, locality over part
 * Voronoi cells, the masking test, and the result tables.
 */
package xspace.metrics;
