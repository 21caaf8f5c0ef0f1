package dev.gradus.cli.serve;

/**
 * How {@code gradus serve} runs.
 *
 * @param bind            the address to listen on (127.0.0.1: this machine only)
 * @param port            the port (0: any free one)
 * @param quickWorkers    Symja processes that give every task its first slice
 * @param longWorkers     Symja processes for the tasks that need more than a slice
 * @param workerMegabytes each worker's heap limit
 * @param sliceMillis     the quick lane's slice
 * @param longQueue       tasks that may wait for the long lane
 * @param maxWaitMillis   how long a task may wait for a quick worker before the answer is 503
 * @param stepMillis      the time limit of a step
 */
public record ServeSettings(String bind, int port, int quickWorkers, int longWorkers, int workerMegabytes, long sliceMillis,
                            int longQueue, long maxWaitMillis, long stepMillis) {
    public ServeSettings {
        if (quickWorkers < 1 || longWorkers < 1) {
            throw new IllegalArgumentException("each lane needs at least one worker");
        }
    }
}
