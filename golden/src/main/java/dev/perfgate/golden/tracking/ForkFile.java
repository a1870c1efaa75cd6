package dev.perfgate.golden.tracking;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Hands one fork's measurement from the JVM that measured it to the one that writes the JSON: a
 * line per iteration and latency ({@code handshake}, {@code roundTrip}, {@code sessionCheck},
 * {@code loopback}), {@code handshake 0 <base64 of HdrHistogram's compressed encoding>}, and
 * {@code ready 0 <count>}. Lossless: a histogram comes back with every count.
 * Stateless.
 */
final class ForkFile {

    private static final String HANDSHAKE = "handshake";
    private static final String ROUND_TRIP = "roundTrip";
    private static final String SESSION_CHECK = "sessionCheck";
    private static final String READY = "ready";
    private static final String LOOPBACK = "loopback";

    private ForkFile() {
    }

    static void write(ForkMeasurement fork, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < fork.ready().size(); i++) {
                line(out, HANDSHAKE, i, fork.handshakes().get(i));
                line(out, ROUND_TRIP, i, fork.roundTrips().get(i));
                line(out, SESSION_CHECK, i, fork.sessionChecks().get(i));
                line(out, LOOPBACK, i, fork.loopback().get(i));
                out.write(READY + " " + i + " " + fork.ready().get(i) + "\n");
            }
        }
    }

    static ForkMeasurement read(Path file, int iterations) throws IOException {
        List<Histogram> handshakes = new ArrayList<>();
        List<Histogram> roundTrips = new ArrayList<>();
        List<Histogram> checks = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        List<Histogram> loopback = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ");
                if (parts.length != 3) {
                    throw new IOException(file + ": not a fork measurement line: " + line);
                }
                switch (parts[0]) {
                    case HANDSHAKE -> handshakes.add(histogram(file, parts[2]));
                    case ROUND_TRIP -> roundTrips.add(histogram(file, parts[2]));
                    case SESSION_CHECK -> checks.add(histogram(file, parts[2]));
                    case READY -> ready.add(Long.parseLong(parts[2]));
                    case LOOPBACK -> loopback.add(histogram(file, parts[2]));
                    default -> throw new IOException(file + ": unknown measurement '" + parts[0] + "'");
                }
            }
        }
        if (ready.size() != iterations || handshakes.size() != iterations || roundTrips.size() != iterations
                || checks.size() != iterations || loopback.size() != iterations) {
            throw new IOException(file + ": expected " + iterations + " iterations of every measurement, found "
                    + handshakes.size() + ", " + roundTrips.size() + ", " + checks.size() + ", " + ready.size() + ", "
                    + loopback.size());
        }
        return new ForkMeasurement(handshakes, roundTrips, checks, ready, loopback);
    }

    private static void line(BufferedWriter out, String name, int iteration, Histogram histogram) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        out.write(name + " " + iteration + " " + Base64.getEncoder().encodeToString(bytes) + "\n");
    }

    private static Histogram histogram(Path file, String base64) throws IOException {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IOException(file + ": a histogram does not decode: " + e.getMessage(), e);
        }
    }
}
