/**
 * What every long computation shares: the task abstraction with progress and cancellation, and
 * the choice of the ND4J backend, and ND4J's native memory and operations where they need care.
 * Free of any user-interface toolkit.
 */
package xspace.engine;
