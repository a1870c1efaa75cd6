package dev.perfgate.tracker.jmh;

import dev.perfgate.tracker.model.BenchmarkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * Builds the histograms of a file's checked entries on one background thread while the reading
 * thread goes on tokenizing the file: building them was a third of reading a large sample-mode
 * file, and on two cores the two now overlap. {@link #results} has the caller build what is
 * still waiting, from the last entry backwards while the background thread works forwards, then
 * returns every result in the order added. Nothing in a build can be bad input: every check ran
 * when the entry was parsed. Not thread-safe (one per read, used by the reading thread); close it.
 */
final class PendingResults implements AutoCloseable {

    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "perfgate-histograms");
        thread.setDaemon(true); // never keeps a failing command line alive
        return thread;
    });
    private final List<FutureTask<BenchmarkResult>> tasks = new ArrayList<>();

    void add(PendingResult pending) {
        FutureTask<BenchmarkResult> task = new FutureTask<>(pending::build);
        tasks.add(task);
        if (pending.hasSamples()) {
            background.execute(task);
        } else {
            task.run(); // scores only: nothing worth a thread hop
        }
    }

    int size() {
        return tasks.size();
    }

    /** Every result, in the order added, once all are built. */
    List<BenchmarkResult> results() {
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).run(); // does nothing when the background thread has started or finished it
        }
        List<BenchmarkResult> results = new ArrayList<>(tasks.size());
        for (FutureTask<BenchmarkResult> task : tasks) {
            results.add(join(task));
        }
        return results;
    }

    private static BenchmarkResult join(FutureTask<BenchmarkResult> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building latency histograms", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
