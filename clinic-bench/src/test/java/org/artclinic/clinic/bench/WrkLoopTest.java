package org.artclinic.clinic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WrkLoopTest {

    private static final String REPORT = """
            Running 30s test @ http://localhost:8097
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    45.10ms   20.39ms 208.93ms   71.90%
                Req/Sec   175.39     29.37   242.00     70.20%
              10497 requests in 30.04s, 401.93MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 95
            Requests/sec:    349.44
            Transfer/sec:     13.38MB
            """;

    @Test
    void onlyAnsweredRequestsCountTowardsThroughput() {
        WrkLoop.Result result = WrkLoop.parse(REPORT);
        assertEquals(10497, result.requests());
        assertEquals(100, result.failed(), "95 refused, 2 read errors and 3 timeouts");
        assertEquals((10497 - 100) / 30.04, result.answeredPerSecond(), 0.001);
    }

    @Test
    void aCleanRunCountsEveryRequest() {
        WrkLoop.Result result = WrkLoop.parse("  500 requests in 1.00m, 1MB read\nRequests/sec: 8.33\n");
        assertEquals(0, result.failed());
        assertEquals(500 / 60.0, result.answeredPerSecond(), 0.001);
    }

    @Test
    void aReportWithoutCountsIsAnError() {
        assertThrows(IllegalStateException.class, () -> WrkLoop.parse("unable to connect to localhost:8097"));
    }

    @Test
    void theScriptSendsEveryPathWithTheTokenAndRefusesWhatWouldBreakIt() {
        String script = WrkLoop.script("abc123", List.of("/clinic/api/patients?q=lin",
                "/clinic/api/appointments?practitionerId=23&from=2026-11-30T00%3A00-06%3A00"));
        assertTrue(script.contains("\"/clinic/api/patients?q=lin\"") && script.contains("\"Bearer \" .. \"abc123\"")
                && script.contains("wrk.format(\"GET\", paths[(n % #paths) + 1], headers)"), script);
        assertThrows(IllegalArgumentException.class, () -> WrkLoop.script("abc", List.of("/x?q=\" .. os.exit()")));
        assertThrows(IllegalArgumentException.class, () -> WrkLoop.script("abc", List.of("/x?q=Le Blanc")),
                "a space would break wrk's request line");
    }
}
