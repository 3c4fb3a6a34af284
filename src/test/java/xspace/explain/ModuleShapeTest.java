package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleShapeTest {

    @Test
    void thePapersLayerGivesThePapersWidths() {
        assertThat(ModuleShape.forZ(4096, 5)).isEqualTo(new ModuleShape(4096, 800, 100, 5));
    }

    @Test
    void widthsFollowTheSquareRootOfZ() {
        assertThat(ModuleShape.forZ(256, 5)).isEqualTo(new ModuleShape(256, 200, 25, 5));
        assertThat(ModuleShape.forZ(1024, 5)).isEqualTo(new ModuleShape(1024, 400, 50, 5));
    }

    @Test
    void widthsStayWithinTheirBounds() {
        assertThat(ModuleShape.forZ(25088, 5)).isEqualTo(new ModuleShape(25088, 800, 100, 5));
        ModuleShape tiny = ModuleShape.forZ(4, 5);
        assertThat(tiny.hidden1()).isEqualTo(25);
        assertThat(tiny.hidden2()).isEqualTo(10);
    }

    @Test
    void givenWidthsWinOverTheRule() {
        assertThat(ModuleShape.forZ(256, 5, new ModuleShape.Widths(50, 10)))
                .isEqualTo(new ModuleShape(256, 50, 10, 5));
        assertThat(ModuleShape.forZ(256, 5, null)).isEqualTo(ModuleShape.forZ(256, 5));
    }
}
