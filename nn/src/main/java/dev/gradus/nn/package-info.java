/**
 * Neural networks on the gradus tape: layers, activations (read from the table of elementary
 * functions), costs, learning rules, data and diagnostics. Empty until the nn issues land.
 */
package dev.gradus.nn;
