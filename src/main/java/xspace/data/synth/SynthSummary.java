package xspace.data.synth;

import java.nio.file.Path;
import java.time.Duration;

/** What a generation run produced and how fast. */
public record SynthSummary(Path root, int images, int classes, long training, long test, Duration elapsed) {

    public double imagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? images / seconds : 0;
    }
}
