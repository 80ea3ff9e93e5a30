package io.mdt.engine.bench;

import java.lang.management.ManagementFactory;

/** Clocks shared by the side-by-side benchmarks. */
final class Timing {

    private Timing() {}

    /** CPU time of the whole process, all threads (GC included), so that load from other processes does not count. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
