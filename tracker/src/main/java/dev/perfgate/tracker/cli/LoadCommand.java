package dev.perfgate.tracker.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker load --duration 10m}: the load injector for tests and studies. Burns one core in
 * random bursts of 1–6 s with random pauses of 1–6 s between them, the intermittent load a shared
 * CI runner has, and stops by itself when the duration is up. A seed makes the pattern repeatable.
 * Not thread-safe (one command, one call).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Burns one core intermittently (bursts and pauses of 1-6 s) for a while, then stops.")
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--duration", defaultValue = "10m", description = "How long to run, e.g. 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds the bursts and pauses (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the spin loop computes, kept so the JIT cannot remove the loop. */
    static volatile long sink;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Duration total;
        try {
            total = Durations.parse("--duration", duration);
        } catch (IllegalArgumentException e) {
            err.println("tracker load: " + e.getMessage());
            err.flush();
            return TrackerCli.BAD_INPUT;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long end = System.nanoTime() + total.toNanos();
        long busy = 0;
        while (System.nanoTime() < end) {
            long burst = Math.min(end, System.nanoTime() + (1000 + random.nextLong(5001)) * 1_000_000);
            long start = System.nanoTime();
            spinUntil(burst);
            busy += System.nanoTime() - start;
            long pause = Math.min(end - System.nanoTime(), (1000 + random.nextLong(5001)) * 1_000_000);
            if (pause > 0) {
                try {
                    Thread.sleep(pause / 1_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        spec.commandLine().getOut().printf("tracker load: busy %.0f s of %d s%n", busy / 1e9, total.toSeconds());
        spec.commandLine().getOut().flush();
        return TrackerCli.OK;
    }

    private static void spinUntil(long deadline) {
        long x = 1;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        sink = x;
    }
}
