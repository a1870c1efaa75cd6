package dev.perfgate.golden.tracking;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The entry point of one fork's JVM: measures fork {@code index} of the plan given on the command
 * line and writes it with {@link ForkFile}. Started only by {@link GoldenTracking}; its arguments
 * are positional and not meant for people. Not thread-safe; one per process.
 */
public final class ForkMain {

    private ForkMain() {
    }

    /** Arguments: rate, forks, warmup ms, iterations, iteration ms, auth latency µs, warmup rate, fork index, output file. */
    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("ForkMain: expected 9 arguments, got " + args.length);
            System.exit(2);
        }
        TrackingPlan plan = new TrackingPlan(Double.parseDouble(args[0]), Integer.parseInt(args[1]),
                Duration.ofMillis(Long.parseLong(args[2])), Integer.parseInt(args[3]),
                Duration.ofMillis(Long.parseLong(args[4])), Duration.ofNanos(Long.parseLong(args[5]) * 1000),
                Double.parseDouble(args[6]));
        int index = Integer.parseInt(args[7]);
        ForkMeasurement fork = new GoldenTracking(System.out, GoldenTracking.Forks.IN_THIS_JVM).fork(plan, index);
        ForkFile.write(fork, Path.of(args[8]));
        System.exit(0);
    }

    /** The arguments {@link #main} takes for fork {@code index} of {@code plan}. */
    static String[] arguments(TrackingPlan plan, int index, Path out) {
        return new String[] {Double.toString(plan.rate()), Integer.toString(plan.forks()),
            Long.toString(plan.warmup().toMillis()), Integer.toString(plan.iterations()),
            Long.toString(plan.iterationTime().toMillis()), Long.toString(plan.authLatency().toNanos() / 1000),
            Double.toString(plan.warmupRate()), Integer.toString(index), out.toString()};
    }
}
