package xspace.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

/**
 * A thumbnail cache shut down while it draws lets the drawing finish uninterrupted (it may be
 * writing the heatmap cache), then ends its thread.
 */
@ExtendWith(ApplicationExtension.class)
class ThumbnailCacheShutdownTest {

    @TempDir
    Path dir;

    @Test
    void theDrawingUnderWayFinishesUninterruptedAndTheLoaderEnds() throws Exception {
        CubFixture.at(dir).write();
        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);
        Set<Thread> before = loaders();
        ThumbnailCache cache = new ThumbnailCache(dataset, 64, 10);
        Thread loader = loaders().stream().filter(t -> !before.contains(t)).findFirst().orElseThrow();
        CountDownLatch drawing = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        ImageOverlay slow = new ImageOverlay() {
            @Override
            public String key() {
                return "slow";
            }

            @Override
            public BufferedImage draw(BirdImage image, BufferedImage picture) {
                drawing.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return picture;
            }
        };
        BirdImage image = dataset.images().get(0);
        WaitForAsyncUtils.asyncFx(() -> cache.get(image, slow, () -> true, loaded -> { }, reason -> { })).get();
        assertThat(drawing.await(30, TimeUnit.SECONDS)).isTrue();

        cache.shutdown();
        loader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(loader.isAlive()).as("the loader thread after shutdown").isFalse();
        assertThat(interrupted).as("the drawing interrupted").isFalse();
    }

    private static Set<Thread> loaders() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("xspace-thumbnails"))
                .collect(Collectors.toSet());
    }
}
