package xspace.data.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import xspace.data.BoundingBox;

/**
 * Renders a scene: backdrop and perch, the bird on its own transparent layer (whose coverage
 * gives the tight bounding box), the occluder, then the camera effects.
 */
public final class SceneRenderer {

    private static final Color PERCH = new Color(96, 70, 44);

    private SceneRenderer() {
    }

    /** An image and the box around every pixel the bird touches (before any occluder). */
    public record Rendering(BufferedImage image, BoundingBox box) {
    }

    public static Rendering render(Scene scene, RenderStyle style) {
        int size = scene.size();
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        smooth(g);
        paintBackground(g, scene, style);
        BufferedImage bird = birdLayer(scene);
        g.drawImage(bird, 0, 0, null);
        if (style.occluder()) {
            scene.occluder().ifPresent(o -> o.paint(g));
        }
        g.dispose();
        BufferedImage result = style.effects() ? scene.effects().develop(image) : image;
        return new Rendering(result, coverage(bird));
    }

    private static void paintBackground(Graphics2D g, Scene scene, RenderStyle style) {
        if (style.key() != null) {
            g.setColor(style.key());
            g.fillRect(0, 0, scene.size(), scene.size());
            return;
        }
        Backdrop.paint(g, scene.size(), scene.backdropSeed());
        if (scene.perch()) {
            paintPerch(g, scene);
        }
    }

    /** A branch under the feet, behind the bird, at the bird's tilt. */
    private static void paintPerch(Graphics2D g, Scene scene) {
        Pose pose = scene.pose();
        Point2D foot = pose.birdToImage().transform(BirdShape.FOOT, null);
        double reach = scene.size() * 2.0;
        double dx = Math.cos(pose.rotation()) * reach;
        double dy = Math.sin(pose.rotation()) * reach;
        g.setColor(PERCH);
        g.setStroke(new BasicStroke((float) Math.max(1.5, 5 * pose.scale()), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(foot.getX() - dx, foot.getY() - dy, foot.getX() + dx, foot.getY() + dy));
    }

    private static BufferedImage birdLayer(Scene scene) {
        BufferedImage layer = new BufferedImage(scene.size(), scene.size(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = layer.createGraphics();
        smooth(g);
        BirdPainter.paint(g, scene.shape(), scene.plumage(), scene.pose().birdToImage());
        g.dispose();
        return layer;
    }

    /** The box around all pixels of the layer with any coverage; pixel i spans [i, i + 1). */
    static BoundingBox coverage(BufferedImage layer) {
        int width = layer.getWidth();
        int[] argb = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < argb.length; i++) {
            if ((argb[i] >>> 24) != 0) {
                int x = i % width;
                int y = i / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (maxX < 0) {
            throw new IllegalStateException("the bird was drawn outside the image");
        }
        return new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
