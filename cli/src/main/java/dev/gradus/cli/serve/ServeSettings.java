package dev.gradus.cli.serve;

/**
 * How {@code gradus serve} runs.
 *
 * @param bind            the address to listen on (127.0.0.1: this machine only)
 * @param port            the port (0: any free one)
 * @param workers         Symja processes in all
 * @param longWorkers      how many of them run, at the lowest CPU priority, the steps that need more than a slice
 * @param workerMegabytes each worker's heap limit
 * @param sliceMillis     how long a step runs before it counts as long
 * @param maxWaitMillis   how long a step may wait for a worker before the answer is 503
 * @param stepMillis      the time limit of a step
 * @param perClient       how many steps one client (address) may have running or waiting at once
 * @param queue           how many steps may wait for a worker at once, from all clients
 */
public record ServeSettings(String bind, int port, int workers, int longWorkers, int workerMegabytes, long sliceMillis,
                            long maxWaitMillis, long stepMillis, int perClient, int queue) {}
