package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.simulator.resource.ResourceMonitor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void aRunsCostIsTheStacksCpuTimePerRequestLargestFirst() {
        var cpu = new LinkedHashMap<String, Double>();
        cpu.put("edge", 2.5);
        cpu.put("postgres", 13.3);
        cpu.put("visit-service", 8.3);
        var usage = usage(cpu, 24.1, 2.6);

        assertThat(Resources.perRequest(usage, 10_000)).contains("stack CPU per request sent: 2.41 ms"
                + " (postgres 1.33, visit-service 0.83, edge 0.25); load generator 0.26 ms");
    }

    @Test
    void noStackOrNoRequestsGiveNoFigure() {
        assertThat(Resources.perRequest(usage(Map.of(), 0, 1.0), 10_000)).isEmpty();
        assertThat(Resources.perRequest(usage(Map.of("edge", 1.0), 1.0, 1.0), 0)).isEmpty();
    }

    private static ResourceMonitor.Usage usage(Map<String, Double> cpuSeconds, double total, double generator) {
        return new ResourceMonitor.Usage(Map.of(), Map.of(), 0, 0, cpuSeconds, total, 30, generator);
    }
}
