package xspace.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.workspace.session.ImageOverlay;

/** A thumbnail cache shut down while it draws ends its thread, even when the drawing swallows the interrupt. */
@ExtendWith(ApplicationExtension.class)
class ThumbnailCacheShutdownTest {

    @TempDir
    Path dir;

    @Test
    void theLoaderEndsThoughTheDrawingItWasInSwallowedTheInterrupt() throws Exception {
        CubFixture.at(dir).write();
        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);
        Set<Thread> before = loaders();
        ThumbnailCache cache = new ThumbnailCache(dataset, 64, 10);
        Thread loader = loaders().stream().filter(t -> !before.contains(t)).findFirst().orElseThrow();
        CountDownLatch drawing = new CountDownLatch(1);
        ImageOverlay stubborn = new ImageOverlay() {
            @Override
            public String key() {
                return "stubborn";
            }

            @Override
            public BufferedImage draw(BirdImage image, BufferedImage picture) {
                drawing.countDown();
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException swallowed) {
                        // as some library code does: the flag is gone
                    }
                }
                return picture;
            }
        };
        BirdImage image = dataset.images().get(0);
        WaitForAsyncUtils.asyncFx(() -> cache.get(image, stubborn, () -> true, loaded -> { }, reason -> { })).get();
        assertThat(drawing.await(30, TimeUnit.SECONDS)).isTrue();

        cache.shutdown();
        loader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(loader.isAlive()).as("the loader thread after shutdown").isFalse();
    }

    private static Set<Thread> loaders() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("xspace-thumbnails"))
                .collect(Collectors.toSet());
    }
}
