package xspace.workspace.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import xspace.engine.AtomicFiles;
import xspace.workspace.WorkspaceException;

/**
 * The zip container of a bundle. Reading takes only the entries of the format by their exact
 * names, never extracts anything to disk (so an entry such as {@code ../evil.txt} cannot land
 * anywhere) and stops at a size cap per entry, whatever the entry claims, against zip bombs.
 */
final class BundleZip {

    static final Set<String> ENTRIES = Set.of("manifest.json", "annotators.json", "names.csv", "votes.csv",
            "notes.csv");
    static final int MAX_ENTRY_BYTES = 32 * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;

    /** The text of each entry of the format, and the names of the entries left unread. */
    record Contents(Map<String, String> texts, List<String> ignored) {

        String require(Path zip, String entry) {
            String text = texts.get(entry);
            if (text == null) {
                throw new WorkspaceException(Shown.path(zip) + ": not an XSpace sharing bundle (no "
                        + entry + ")");
            }
            return text;
        }
    }

    private BundleZip() {
    }

    static Contents read(Path zip) {
        requireRegularFile(zip);
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (file.size() > MAX_ENTRIES) {
                throw new WorkspaceException(Shown.path(zip) + ": too many entries (" + file.size()
                        + ") for a sharing bundle");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!ENTRIES.contains(entry.getName())) {
                    // The name is the bundle author's text: shown escaped, a newline in it cannot forge a report line.
                    ignored.add(Shown.escape(entry.getName()));
                } else if (texts.containsKey(entry.getName())) {
                    throw new WorkspaceException(Shown.path(zip) + ": " + entry.getName() + " appears twice");
                } else {
                    texts.put(entry.getName(), text(zip, file, entry));
                }
            }
            return new Contents(texts, ignored);
        } catch (ZipException e) {
            throw new WorkspaceException(Shown.path(zip) + ": not a zip file or a damaged one ("
                    + Shown.message(e) + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            // ZipFile reports an entry name that is not UTF-8 as an IllegalArgumentException.
            throw new WorkspaceException(Shown.path(zip) + ": cannot be read as a zip ("
                    + Shown.message(e) + ")", e);
        }
    }

    /**
     * Refuses anything but a regular file before opening it: opening a named pipe would wait for
     * a writer forever, and a device such as /dev/zero never ends.
     */
    private static void requireRegularFile(Path zip) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(zip, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(Shown.path(zip) + ": no such file", e);
        } catch (IOException e) {
            throw new WorkspaceException(Shown.path(zip) + ": cannot be read ("
                    + Shown.message(e) + ")", e);
        }
        if (attributes.isDirectory()) {
            throw new WorkspaceException(Shown.path(zip) + ": a folder, not a sharing bundle");
        }
        if (!attributes.isRegularFile()) {
            throw new WorkspaceException(Shown.path(zip) + ": not a regular file (a named pipe, device"
                    + " or socket); a sharing bundle is a zip file; refused without reading it");
        }
    }

    private static String text(Path zip, ZipFile file, ZipEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new WorkspaceException(Shown.path(zip) + ": " + entry.getName() + " is larger than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB; refused");
            }
            return StrictUtf8.decode(bytes, new BundleEntry(zip, entry.getName()));
        }
    }

    /** Written whole or not at all (write-then-rename), so no half bundle remains. */
    static void write(Path zip, Map<String, String> texts) {
        try {
            AtomicFiles.write(zip, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                    for (Map.Entry<String, String> e : texts.entrySet()) {
                        zipOut.putNextEntry(new ZipEntry(e.getKey()));
                        zipOut.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                        zipOut.closeEntry();
                    }
                }
            });
        } catch (IOException e) {
            // the error names the bundle already, and says why
            throw new WorkspaceException(e.getMessage(), e);
        }
    }
}
