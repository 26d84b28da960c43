package gov.enterprise.simulator.resource;

/**
 * One component of the stack at one moment: its processes' resident memory and CPU time so far.
 *
 * @param rssKb       sum of VmRSS over the component's processes (shared pages counted in every process)
 * @param pssKb       sum of Pss (shared pages divided among the processes sharing them): what the component adds
 *                    to the machine's memory use; sums correctly across components
 * @param cpuTicks    utime + stime of the processes, plus cutime + cstime of children they reaped (PostgreSQL's
 *                    ended backends), in clock ticks
 * @param processes   how many processes were found
 */
public record ProcessSample(String component, long rssKb, long pssKb, long cpuTicks, int processes) {
}
