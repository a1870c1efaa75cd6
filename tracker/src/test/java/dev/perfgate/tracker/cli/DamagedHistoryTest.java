package dev.perfgate.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfgate.tracker.JmhCorpus;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A history file cut to half its size, as an interrupted copy or a full disk leaves it: every
 * command that opens it exits 2 saying the file is damaged, prints no run as if nothing were
 * lost, and leaves the file as it found it. H2 alone opens such a file at an older state and
 * `runs` said "(no runs…)" with exit 0.
 */
class DamagedHistoryTest {

    @TempDir
    Path dir;

    private Path baselines;
    private Path file;
    private byte[] damaged;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath();
    }

    @BeforeEach
    void storeRunsThenCutTheFileInHalf() throws IOException {
        for (Path result : List.of(JmhCorpus.HOLLOW, JmhCorpus.PG_CLIENT,
                JmhCorpus.DIR.resolve("tkrs__jmh-template__jmh-result.json"))) {
            CliRun ingest = CliRun.of("ingest", result.toString(), "--db", db());
            assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        }
        baselines = dir.resolve("baselines");
        CliRun save = CliRun.of("baseline", "save", "--run", "latest", "--db", db(), "--dir", baselines.toString());
        assertThat(save.exitCode()).as(save.toString()).isZero();
        file = dir.resolve("db/history.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        damaged = Files.readAllBytes(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"runs", "show 3", "history .", "compare latest", "compare 1",
        "baseline save --run latest", "ingest"})
    void everyCommandSaysTheFileIsDamagedAndExits2(String command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (command.equals("ingest")) {
            args.add(JmhCorpus.HOLLOW.toString());
        }
        args.addAll(List.of("--db", db()));
        if (command.startsWith("compare")) {
            args.addAll(List.of("--baseline", baselines.toString()));
        }
        if (command.startsWith("baseline")) {
            args.addAll(List.of("--dir", dir.resolve("out").toString()));
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains("is damaged").contains(file.toString()).contains("cut short")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).as(run.toString()).doesNotContain("no runs");
        assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was").isEqualTo(damaged);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
