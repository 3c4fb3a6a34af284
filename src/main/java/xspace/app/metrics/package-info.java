/** The metrics view: Tables 1 and 2 of the evaluation, the module's training curves and ŷ against ȳ. */
package xspace.app.metrics;
