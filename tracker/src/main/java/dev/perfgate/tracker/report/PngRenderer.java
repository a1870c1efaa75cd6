package dev.perfgate.tracker.report;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ReportChart} into PNG bytes at the chart's own size, with no display (works under
 * {@code java.awt.headless=true} as long as fontconfig finds a font). Charts are opaque, so they
 * are drawn into an RGB image: encoding has no alpha channel to compress, which is where a
 * report of a hundred benchmarks spends its time. Stateless and thread-safe: each call renders
 * its own chart into its own image.
 */
public final class PngRenderer {

    /** Renders one chart; the failure names the chart when the image cannot be encoded. */
    public RenderedChart render(ReportChart chart) {
        BufferedImage image = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.render().draw(graphics, new Rectangle(chart.width(), chart.height()));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("this JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart \"" + chart.title() + "\" as PNG", e);
        }
        return new RenderedChart(chart, png.toByteArray());
    }

    /**
     * Renders one chart into a PNG file, replacing it atomically and creating missing parent
     * directories. Throws {@link IOException} naming the file when it is a directory or cannot be
     * written.
     */
    public Path write(ReportChart chart, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("chart file " + file + " is a directory; give a file name such as trend.png");
        }
        byte[] png = render(chart).png();
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, png);
        return file;
    }
}
