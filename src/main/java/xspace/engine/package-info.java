/**
 * What every long computation shares: the task abstraction with progress and cancellation, and
 * the choice of the ND4J backend. Free of any user-interface toolkit.
 */
package xspace.engine;
