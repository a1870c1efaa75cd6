package dev.perfgate.golden.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** golden.jar speaks the part of JMH's command line that tracker ab uses, and refuses the rest by name. */
class JmhFacadeTest {

    @Test
    void listsTheGoldenBenchmarksAsJmhDoes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = JmhFacade.run(new String[] {"-l"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("Benchmarks:", JmhJsonWriter.HANDSHAKE, JmhJsonWriter.ROUND_TRIP,
                        JmhJsonWriter.SESSION_CHECK, JmhJsonWriter.THROUGHPUT, JmhJsonWriter.LOOPBACK);
    }

    @Test
    void listsOnlyWhatTheRegexpsMatchWhenAbListsWithItsOptions() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = JmhFacade.run(new String[] {"HandshakeLatency", "-wi", "1", "-w", "2s", "-l"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("Benchmarks:", JmhJsonWriter.HANDSHAKE);
    }

    @Test
    void tellsAJmhCommandLineFromAGoldenCommand() {
        assertThat(JmhFacade.handles(new String[] {"HandshakeLatency", "-wi", "1", "-l"})).isTrue();
        assertThat(JmhFacade.handles(new String[] {"-l"})).isTrue();
        assertThat(JmhFacade.handles(new String[] {"^x$", "-f", "1", "-rf", "json", "-rff", "out.json"})).isTrue();
        assertThat(JmhFacade.handles(new String[] {"race", "--rate", "10"})).isFalse();
        assertThat(JmhFacade.handles(new String[] {})).isFalse();
    }

    @Test
    void refusesWhatItCannotHonourNamingTheOption() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JmhFacade.run(new String[] {"x", "-f", "3", "-rff", "o.json"}, out))
                .hasMessageContaining("-f 3");
        assertThatThrownBy(() -> JmhFacade.run(new String[] {"x", "-prof", "gc", "-rff", "o.json"}, out))
                .hasMessageContaining("-prof");
        assertThatThrownBy(() -> JmhFacade.run(new String[] {"x", "-p", "impl=netty", "-rff", "o.json"}, out))
                .hasMessageContaining("rate=N");
        assertThatThrownBy(() -> JmhFacade.run(new String[] {"x", "-f", "1"}, out)).hasMessageContaining("-rff");
    }

    @Test
    void readsJmhTimes() {
        assertThat(JmhFacade.jmhTime("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(JmhFacade.jmhTime("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(JmhFacade.jmhTime("1min")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> JmhFacade.jmhTime("soon")).hasMessageContaining("'soon'");
    }
}
