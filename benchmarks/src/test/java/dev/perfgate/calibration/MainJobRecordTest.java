package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a record takes from {@code compare --format json}: verdicts, regressions and the time comparisons apart. */
class MainJobRecordTest {

    private static final String COMPARISON = """
            {"machineDrift": {"slowdown": 0.065, "moved": true, "references": 17},
             "counts": {"UNCHANGED": 3, "MACHINE_DRIFT": 2, "REGRESSION": 1, "NEW": 1},
             "benchmarks": [
              {"benchmark": "a.B.x", "statistic": "mean", "verdict": "UNCHANGED", "ratio": 1.01, "smallestDetectableChange": 0.08},
              {"benchmark": "a.B.x", "statistic": "alloc", "verdict": "UNCHANGED", "ratio": 1.0, "smallestDetectableChange": 0.05},
              {"benchmark": "a.B.y", "statistic": "p50", "verdict": "MACHINE_DRIFT", "ratio": 1.07, "smallestDetectableChange": 0.12},
              {"benchmark": "a.B.y", "statistic": "p99", "verdict": "MACHINE_DRIFT", "ratio": 1.2, "smallestDetectableChange": 0.40},
              {"benchmark": "a.B.z", "statistic": "mean", "verdict": "REGRESSION", "ratio": 1.3, "smallestDetectableChange": 0.10},
              {"benchmark": "a.B.n", "statistic": "mean", "verdict": "NEW"},
              {"benchmark": "a.B.u", "statistic": "alloc", "verdict": "UNCHANGED", "ratio": 1.0}
             ]}
            """;

    @Test
    void theTimeComparisonsAreCountedApartFromAllocationWithTheirMedianPrecision() throws Exception {
        JsonNode json = new ObjectMapper().readTree(COMPARISON);
        MainJobRecord record = new MainJobRecord(2, null, "full", 0, 2300, 0.5, 0.9, false, "base/full-abc",
                "run-2/judged.json", null, Map.of(), null, List.of(), null, null).withComparison(0, json);

        assertThat(record.counts()).containsEntry("UNCHANGED", 3).containsEntry("NEW", 1);
        assertThat(record.regressions()).extracting(MainJobRecord.Regression::benchmark).containsExactly("a.B.z");
        assertThat(record.drift()).isEqualTo(new MainJobRecord.Drift(0.065, true, 17));
        // mean x, p50 y, p99 y, mean z: four time comparisons, x and z decisive; NEW and alloc left out
        assertThat(record.time()).isEqualTo(new MainJobRecord.Time(4, 2, (0.10 + 0.12) / 2));
    }

    @Test
    void aRecordWithoutAComparisonHasNoTimeBreakdown() {
        MainJobRecord record = new MainJobRecord(1, null, "full", 0, 2300, 0.5, 0.9, false, "base/full-abc",
                "run-1/judged.json", null, Map.of(), null, List.of(), null, null).withoutComparison(2, "compare failed");
        assertThat(record.time()).isNull();
        assertThat(new MainJobTally(List.of(record)).detectableRange()).isEmpty();
    }
}
