package dev.perfgate.tracker.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Before H2 opens an embedded file, checks that the file still holds the newest chunk its header
 * names. H2's MVStore header ({@code H:2,block:a8,blockSize:1000,chunk:a,…}) points at the chunk
 * that was last written; when a file was cut short (a copy interrupted, a full disk, a truncation),
 * H2 falls back to an older chunk without a word and the lost runs simply vanish. This check turns
 * that into a {@link StoreException} naming the file.
 *
 * <p>The header may also be stale without any loss: H2 does not rewrite it for a chunk appended
 * at the end of the file, nor after compaction on close moved chunks (a database last closed by
 * a plain H2 connection, which compacts for up to 200 ms), and then finds the newest chunk from
 * the footer that ends the file. So where the header's chunk is missing or cut, the file still
 * passes when its last 128 bytes are the footer of a chunk at least as new as the header's,
 * whose own header is where the footer says. It cannot see every loss: a header that lags the
 * newest chunk points at an older one, so a cut after that chunk passes; and a file another
 * process holds open is not judged (its owner may be writing it). Stateless.
 */
final class H2FileIntegrity {

    private static final int HEADER_BYTES = 4096;
    private static final int CHUNK_HEADER_BYTES = 1024;
    /** H2's {@code Chunk.FOOTER_LENGTH}: {@code chunk:16,len:11,version:16,fletcher:…} padded to 128 bytes. */
    private static final int FOOTER_BYTES = 128;

    private H2FileIntegrity() {}

    /** Throws when the database file of {@code url} exists and is cut short of its newest chunk. */
    static void check(String url) {
        Path file = H2FileCheck.databaseFileOf(url);
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0 || !unused(channel)) {
                return; // empty: a new database; in use: its owner may be mid-write, and H2 says "in use" anyway
            }
            Map<String, String> header = fields(read(channel, 0, HEADER_BYTES));
            if (!header.containsKey("H") || !header.containsKey("block")) {
                return; // not a header this check understands: H2 reports what it finds itself
            }
            long blockSize = Long.parseLong(header.getOrDefault("blockSize", "1000"), 16);
            long block = Long.parseLong(header.get("block"), 16);
            long start = block * blockSize;
            Map<String, String> chunk = start < size ? fields(read(channel, start, CHUNK_HEADER_BYTES)) : Map.of();
            String problem;
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")) {
                problem = "its header names the newest data at byte " + start + ", but the file is " + size
                        + " bytes and holds no chunk there";
            } else {
                long end = start + Long.parseLong(chunk.get("len"), 16) * blockSize;
                problem = end > size ? "its newest chunk ends at byte " + end + ", but the file is " + size + " bytes" : null;
            }
            if (problem != null && !endsWithNewerChunk(channel, size, blockSize, header.get("version"))) {
                throw damaged(url, file, problem);
            }
        } catch (IOException | NumberFormatException e) {
            throw damaged(url, file, "its header cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether the file ends with the footer of an intact chunk whose version is at least
     * {@code headerVersion} (hex; any version when the header has none): where H2 finds the
     * newest chunk when the header is stale.
     */
    private static boolean endsWithNewerChunk(FileChannel channel, long size, long blockSize, String headerVersion)
            throws IOException {
        if (size < 2 * HEADER_BYTES + FOOTER_BYTES) {
            return false;
        }
        String line = read(channel, size - FOOTER_BYTES, FOOTER_BYTES);
        Map<String, String> footer = fields(line);
        if (!line.startsWith("chunk:") || !footer.containsKey("len") || !footer.containsKey("version")) {
            return false;
        }
        long start = size - Long.parseLong(footer.get("len"), 16) * blockSize;
        if (start < 2 * HEADER_BYTES) {
            return false;
        }
        Map<String, String> chunk = fields(read(channel, start, CHUNK_HEADER_BYTES));
        boolean intact = footer.get("chunk").equals(chunk.get("chunk")) && footer.get("version").equals(chunk.get("version"));
        return intact && (headerVersion == null
                || Long.parseLong(footer.get("version"), 16) >= Long.parseLong(headerVersion, 16));
    }

    /** Whether no process holds H2's lock on the file (then nobody is writing it while it is read). */
    private static boolean unused(FileChannel channel) throws IOException {
        try (FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM has it open
        }
    }

    private static StoreException damaged(String url, Path file, String why) {
        return new StoreException("the history database " + url + " is damaged: " + file + " was cut short (" + why
                + "); H2 would silently go back to an older state and lose the newest runs. Restore the file from a copy,"
                + " or move it away to start a new history");
    }

    private static String read(FileChannel channel, long position, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        channel.read(buffer, position);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** {@code a:1,b:2} as a map; anything else gives an empty map. */
    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String part : line.trim().split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                fields.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return fields;
    }
}
