package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sizes written as people write them, in binary units. */
class ByteSizesTest {

    @Test
    void parsesPlainNumbersAndUnits() {
        assertThat(ByteSizes.parse("1048576")).isEqualTo(1L << 20);
        assertThat(ByteSizes.parse("256M")).isEqualTo(256L << 20);
        assertThat(ByteSizes.parse("256 MB")).isEqualTo(256L << 20);
        assertThat(ByteSizes.parse("1.5g")).isEqualTo(3L << 29);
        assertThat(ByteSizes.parse("512KiB")).isEqualTo(512L << 10);
        assertThat(ByteSizes.parse("0")).isZero();
    }

    @Test
    void refusesWhatIsNotASize() {
        assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessageContaining("'lots' is not a size");
        assertThatThrownBy(() -> ByteSizes.parse("-5M")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> ByteSizes.parse(null)).hasMessageContaining("not a size");
    }

    @Test
    void formatsWithOneDecimalFromKilobytesUp() {
        assertThat(ByteSizes.format(512)).isEqualTo("512 B");
        assertThat(ByteSizes.format(256L << 20)).isEqualTo("256.0 MB");
        assertThat(ByteSizes.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSizes.format(3L << 29)).isEqualTo("1.5 GB");
    }
}
