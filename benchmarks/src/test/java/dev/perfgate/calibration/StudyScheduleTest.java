package dev.perfgate.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StudyScheduleTest {

    private static final List<StudyCell> CELLS = List.of(new StudyCell(0, 100), new StudyCell(5, 20),
            new StudyCell(10, 20), new StudyCell(20, 20));

    @Test
    void everyComparisonGetsTwoBatchesOfItsOwn() {
        StudySchedule schedule = StudySchedule.plan(CELLS, 20, 42);
        assertThat(schedule.pairs()).hasSize(160);
        assertThat(schedule.batches()).hasSize(320);
        Set<Integer> used = new HashSet<>();
        for (StudySchedule.Pair pair : schedule.pairs()) {
            assertThat(used.add(pair.baselineBatch())).isTrue();
            assertThat(used.add(pair.currentBatch())).isTrue();
            assertThat(schedule.batches().get(pair.baselineBatch())).isZero();
            assertThat(schedule.batches().get(pair.currentBatch())).isEqualTo(pair.cell().slowdownPercent());
        }
        Map<Integer, Long> perCell = schedule.pairs().stream()
                .collect(Collectors.groupingBy(p -> p.cell().slowdownPercent(), Collectors.counting()));
        assertThat(perCell).containsEntry(0, 100L).containsEntry(5, 20L).containsEntry(10, 20L).containsEntry(20, 20L);
    }

    @Test
    void cellsAreInterleavedOverTimeNotRunOneAfterAnother() {
        StudySchedule schedule = StudySchedule.plan(CELLS, 20, 42);
        // Each twentieth of the study (16 batches) holds every A/B cell once.
        List<Integer> batches = schedule.batches();
        for (int round = 0; round < 20; round++) {
            List<Integer> slice = batches.subList(round * 16, round * 16 + 16);
            assertThat(slice).contains(5, 10, 20);
        }
        assertThat(StudySchedule.plan(CELLS, 20, 42).batches()).isEqualTo(batches);
        assertThat(StudySchedule.plan(CELLS, 20, 43).batches()).isNotEqualTo(batches);
    }
}
