package xspace.data.synth;

import xspace.data.ImageResize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import xspace.data.CubParts;
import xspace.data.PartLocation;
import xspace.engine.AtomicFiles;
import xspace.engine.OutputFile;

/**
 * A PNG grid of example images of a CUB-layout dataset: one row per class with its name, the
 * first images of that class, and optionally the visible part locations as coloured dots.
 */
public final class ContactSheet {

    /** One colour per CUB part, in part-id order; left and right of a pair share a colour. */
    private static final Color[] PART_COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
        new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0xffffff), new Color(0x000000)};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LABEL_WIDTH = 190;
    private static final int GAP = 4;

    /**
     * @param perClass images per row
     * @param classes rows: the first classes by id
     * @param cell thumbnail side in pixels
     * @param parts whether visible parts are marked
     */
    public record Layout(int perClass, int classes, int cell, boolean parts) {
        public Layout {
            if (perClass < 1 || classes < 1 || cell < 16) {
                throw new IllegalArgumentException("a contact sheet needs at least 1 image per class, 1 class and"
                        + " cells of 16 px or more");
            }
        }
    }

    private ContactSheet() {
    }

    /**
     * Draws the sheet for the dataset at {@code dataset} and writes it as a PNG to {@code out}, whole
     * or not at all. An existing file is replaced only when {@code replace} is given and it is a PNG.
     */
    public static void write(Path dataset, Path out, Layout layout, boolean replace) throws IOException {
        // before drawing: a refusal should not wait for every image to be read
        OutputFile.requireWritable(out, replace, "contact sheet (PNG)", ContactSheet::isPng);
        BufferedImage sheet = draw(dataset, layout);
        AtomicFiles.write(out, file -> encode(sheet, file));
    }

    private static void encode(BufferedImage sheet, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        // the strongest deflate: sheets go into documentation, where size matters more than time
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f);
        // a stream opened here, not by ImageIO: ImageIO prints a stack trace and returns null for a
        // file it cannot create, where this throws an error that names the file
        try (OutputStream bytes = Files.newOutputStream(file);
                ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(sheet, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Whether the file starts as every PNG does: the only kind of file a sheet may replace. */
    private static boolean isPng(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    public static BufferedImage draw(Path dataset, Layout layout) throws IOException {
        DatasetIndex index = DatasetIndex.read(dataset);
        List<DatasetIndex.Row> rows = index.rows(layout.classes(), layout.perClass());
        int width = LABEL_WIDTH + layout.perClass() * (layout.cell() + GAP) + GAP;
        int height = rows.size() * (layout.cell() + GAP) + GAP;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(250, 250, 247));
        g.fillRect(0, 0, width, height);
        for (int r = 0; r < rows.size(); r++) {
            drawRow(g, dataset, rows.get(r), GAP + r * (layout.cell() + GAP), layout);
        }
        g.dispose();
        return sheet;
    }

    private static void drawRow(Graphics2D g, Path dataset, DatasetIndex.Row row, int y, Layout layout)
            throws IOException {
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(row.className().replace('_', ' '), GAP, y + layout.cell() / 2 + 4);
        for (int i = 0; i < row.images().size(); i++) {
            DatasetIndex.Entry entry = row.images().get(i);
            BufferedImage image = xspace.data.ImageLoading.loadRgb(dataset.resolve("images").resolve(entry.path()),
                    entry.path());
            int x = LABEL_WIDTH + i * (layout.cell() + GAP);
            g.drawImage(shrunk(image, layout.cell()), x, y, layout.cell(), layout.cell(), null);
            if (layout.parts()) {
                markParts(g, entry.parts(), x, y, layout.cell() / (double) Math.max(image.getWidth(),
                        image.getHeight()), Math.max(1.5, layout.cell() / 40.0));
            }
        }
    }

    /**
     * Halves the image while it is at least twice the cell, so each thumbnail pixel averages its
     * source pixels instead of sampling one (which keeps noise, and sheet files, small).
     */
    private static BufferedImage shrunk(BufferedImage image, int cell) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * cell && current.getHeight() >= 2 * cell) {
            current = ImageResize.bilinear(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current;
    }

    private static void markParts(Graphics2D g, List<PartLocation> parts, int x, int y, double scale, double r) {
        g.setStroke(new BasicStroke(0.6f));
        for (PartLocation part : parts) {
            if (!part.visible()) {
                continue;
            }
            double px = x + part.x() * scale;
            double py = y + part.y() * scale;
            Ellipse2D dot = new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
            g.setColor(PART_COLOURS[(part.partId() - 1) % CubParts.COUNT]);
            g.fill(dot);
            g.setColor(Color.BLACK);
            g.draw(dot);
        }
    }
}
