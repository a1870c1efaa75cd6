package dev.perfgate.tracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.tracker.model.RunInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How {@code show} prints a run: a text table for people, JSON for tools. Stateless. */
enum ShowFormat {
    TEXT {
        @Override
        void print(RunInfo run, List<BenchmarkFigures> benchmarks, PrintWriter out) {
            out.printf("run %d  %s  commit %s  branch %s  label %s%n", run.id(), run.time(),
                    dash(run.commit()), dash(run.branch()), dash(run.label()));
            if (run.environment() != null) {
                out.println("environment: " + run.environment().fingerprint());
            }
            for (BenchmarkFigures b : benchmarks) {
                out.println();
                out.println(b.key().display());
                out.printf("  mode %s, threads %d, unit %s, %d forks, %d iterations%n",
                        b.key().mode().jmhName(), b.key().threads(), b.unit(), b.forks(), b.iterations());
                out.printf("  %-6s %16s %16s%n", "", "perfgate", "JMH");
                for (BenchmarkFigures.Figure f : b.figures()) {
                    String error = f.name().equals("score") && !Double.isNaN(b.jmhError())
                            ? " ± " + number(b.jmhError()) : "";
                    out.printf("  %-6s %16s %16s%s%n", f.name(), number(f.perfgate()), number(f.jmh()), error);
                }
            }
        }
    },
    JSON {
        @Override
        void print(RunInfo run, List<BenchmarkFigures> benchmarks, PrintWriter out) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("run", run.id());
            root.put("time", run.time().toString());
            root.put("commit", run.commit());
            root.put("branch", run.branch());
            root.put("label", run.label());
            ArrayNode list = root.putArray("benchmarks");
            for (BenchmarkFigures b : benchmarks) {
                ObjectNode node = list.addObject();
                node.put("benchmark", b.key().benchmark());
                node.put("mode", b.key().mode().jmhName());
                ObjectNode params = node.putObject("params");
                b.key().params().forEach(params::put);
                node.put("threads", b.key().threads());
                node.put("unit", b.unit());
                node.put("forks", b.forks());
                node.put("iterations", b.iterations());
                node.put("jmhScoreError", b.jmhError());
                for (BenchmarkFigures.Figure f : b.figures()) {
                    ObjectNode figure = node.putObject(f.name());
                    figure.put("perfgate", f.perfgate());
                    figure.put("jmh", f.jmh());
                }
            }
            try {
                out.println(mapper.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render run " + run.id() + " as JSON", e);
            }
        }
    };

    abstract void print(RunInfo run, List<BenchmarkFigures> benchmarks, PrintWriter out);

    private static String dash(String text) {
        return text == null ? "-" : text;
    }

    /** Six significant digits: enough to see a 0.1 % difference, short enough to read. */
    static String number(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.6g", value);
    }
}
