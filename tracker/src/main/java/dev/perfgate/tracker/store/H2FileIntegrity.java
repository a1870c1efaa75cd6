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
 * that into a {@link StoreException} naming the file. It cannot see every loss: a header that
 * lags the newest chunk points at an older one, so a cut after that chunk passes; and a file
 * another process holds open is not judged (its owner may be writing it). Stateless.
 */
final class H2FileIntegrity {

    private static final int HEADER_BYTES = 4096;
    private static final int CHUNK_HEADER_BYTES = 1024;

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
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")) {
                throw damaged(url, file, "its header names the newest data at byte " + start + ", but the file is "
                        + size + " bytes and holds no chunk there");
            }
            long end = start + Long.parseLong(chunk.get("len"), 16) * blockSize;
            if (end > size) {
                throw damaged(url, file, "its newest chunk ends at byte " + end + ", but the file is " + size + " bytes");
            }
        } catch (IOException | NumberFormatException e) {
            throw damaged(url, file, "its header cannot be read (" + e.getMessage() + ")");
        }
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
