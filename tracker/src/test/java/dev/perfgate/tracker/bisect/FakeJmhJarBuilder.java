package dev.perfgate.tracker.bisect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The "build" of the synthetic repositories {@link BisectCommandTest} bisects:
 * {@code FakeJmhJarBuilder SPEED_FILE OUT_JAR CLASSES_DIR} writes a jar that runs {@link FakeJmh}
 * (found through the manifest's class path in CLASSES_DIR) at the speed the commit's
 * {@code SPEED_FILE} says; a file that says {@code broken} fails the build, as a compile error would.
 */
public final class FakeJmhJarBuilder {

    private FakeJmhJarBuilder() {}

    public static void main(String[] args) throws IOException {
        String speed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip();
        if (speed.equals("broken")) {
            System.err.println("error: ParserBenchmark.java:[12,5] cannot find symbol");
            System.exit(1);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeJmh.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Path.of(args[2]).toUri().toString());
        Path jar = Path.of(args[1]);
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("speed.txt"));
            out.write(speed.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
