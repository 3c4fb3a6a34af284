package xspace.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import xspace.app.concept.ConceptGallery;

/**
 * Scrolls the concept view's gallery of one class's x-feature from the first image to the last, a
 * page at a time, waiting at each page until every image and heatmap on screen is drawn, and
 * reports the time and the peak memory: {@code java -Xmx2g -cp xspace.jar xspace.app.GalleryScrollBench
 * WORKSPACE CLASS_INDEX}. Needs a display, like {@link Screenshots}.
 */
public final class GalleryScrollBench {

    private static final long TIMEOUT_S = 600;
    private final AppAutomation app = new AppAutomation(TIMEOUT_S, "xspace/gallery-bench");

    private GalleryScrollBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GalleryScrollBench WORKSPACE CLASS_INDEX");
            System.exit(2);
        }
        AppAutomation.runProgram(
                () -> new GalleryScrollBench().run(Path.of(args[0]), Integer.parseInt(args[1])));
    }

    private void run(Path workspace, int classIndex) throws Exception {
        MainWindow window = app.start(workspace);
        app.showClass(classIndex);
        app.onFx(() -> {
            window.show(View.CONCEPT);
            return null;
        });
        ConceptGallery gallery = window.conceptView().gallery();
        app.awaitIdle(gallery::cellsDrawn);
        int images = app.onFx(() -> gallery.getItems().size());
        long start = System.nanoTime();
        int pages = 0;
        int row = 0;
        while (true) {
            int top = row;
            app.onFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) gallery.lookup(".virtual-flow");
                flow.scrollTo(top);
                // Lays the new rows out now, so that the wait below is for their images, not the old ones'.
                flow.layout();
                return null;
            });
            awaitDrawn(gallery);
            pages++;
            Range visible = app.onFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) gallery.lookup(".virtual-flow");
                IndexedCell<?> first = flow.getFirstVisibleCell();
                int perPage = (int) Math.max(1, Math.floor(flow.getHeight() / first.getHeight()));
                return new Range(top + perPage - 1, flow.getCellCount());
            });
            if (visible.last() >= visible.rows() - 1) {
                break;
            }
            row = Math.max(row + 1, visible.last() + 1);
            if (pages % 50 == 0) {
                System.out.printf(Locale.ROOT, "%d pages, row %d of %d, %.0f s%n", pages, row, visible.rows(),
                        seconds(start));
            }
        }
        double seconds = seconds(start);
        System.out.printf(Locale.ROOT, "gallery of %d images: %d pages in %.1f s (%.1f images/s), peak heap %.0f MB,"
                + " peak resident %.0f MB, heap limit %.0f MB%n", images, pages, seconds, images / seconds,
                peakHeapBytes() / 1e6, peakResidentBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        app.close();
    }

    private record Range(int last, int rows) {
    }

    private void awaitDrawn(ConceptGallery gallery) throws Exception {
        long end = System.nanoTime() + TIMEOUT_S * 1_000_000_000L;
        while (!app.onFx(gallery::cellsDrawn)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("a gallery page was not drawn within " + TIMEOUT_S + " s");
            }
            Thread.sleep(20);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }

    /** VmHWM of /proc/self/status: the process's peak resident memory, heap and native together (Linux). */
    private static long peakResidentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
    }
}
