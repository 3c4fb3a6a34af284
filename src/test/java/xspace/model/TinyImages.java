package xspace.model;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A tiny two-class image set drawn on the fly: a bright square (class 0) or a bright bar (class 1). */
final class TinyImages implements ImageSource {

    private final int size;

    TinyImages(int size) {
        this.size = size;
    }

    static List<LabelledImage> labelled(int count) {
        List<LabelledImage> images = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            images.add(new LabelledImage(id, id % 2));
        }
        return images;
    }

    @Override
    public BufferedImage load(int imageId) {
        Random random = new Random(imageId);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(60), random.nextInt(60), random.nextInt(60)));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(200 + random.nextInt(55), 200, 100));
        int x = random.nextInt(size / 2);
        int y = random.nextInt(size / 2);
        if (imageId % 2 == 0) {
            g.fillRect(x, y, size / 3, size / 3);
        } else {
            g.fillRect(x, y, size / 2, size / 8 + 1);
        }
        g.dispose();
        return image;
    }

    static ExplainedCnn network(int size, long seed) {
        CnnSpec spec = new CnnSpec(size, List.of(4, 8), List.of(1, 1), List.of(16, 8), 2, 0.0);
        CnnInfo info = new CnnInfo(List.of("square", "bar"), size, InputLayout.NCHW, Normalisation.UNIT,
                CnnSpec.Z_LAYER, "test", null);
        return new ExplainedCnn(CnnBuilder.build(spec, seed), info);
    }
}
