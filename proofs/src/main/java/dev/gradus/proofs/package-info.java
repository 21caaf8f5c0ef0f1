/**
 * The Symja-backed verifier: proves or refutes identities, checks derivations step by step, and
 * proves the table's derivative rules. Empty until the proofs issue lands.
 */
package dev.gradus.proofs;
