package xspace.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import xspace.data.BirdClass;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.Echo;

/**
 * Connects a dataset to a network's outputs: each dataset class to the output of the same name,
 * and images to {@link LabelledImage}s and {@link FeatureIndex.Entry} rows. A dataset class with
 * no output of its name is refused by name, never guessed.
 */
public final class DatasetLabels {

    private final CubDataset dataset;
    private final Map<Integer, Integer> labelOfClass = new HashMap<>();

    public DatasetLabels(CubDataset dataset, List<String> classNames) {
        this.dataset = dataset;
        List<String> missing = new ArrayList<>();
        for (BirdClass c : dataset.classes()) {
            int label = classNames.indexOf(c.name());
            if (label < 0) {
                missing.add(c.name());
            }
            labelOfClass.put(c.id(), label);
        }
        if (!missing.isEmpty()) {
            throw new ModelException("the network has no output for " + missing.size() + " dataset classes, e.g. "
                    + shown(missing, 3) + "; its classes are " + shown(classNames, 5)
                    + (classNames.size() > 5 ? "..." : ""));
        }
    }

    /** The first names of a list, each shortened: a class name may be megabytes long. */
    private static List<String> shown(List<String> names, int count) {
        return names.subList(0, Math.min(count, names.size())).stream().map(Echo::plain).toList();
    }

    /** The class names of a dataset in classes.txt order: the outputs of a network trained on it. */
    public static List<String> classNames(CubDataset dataset) {
        return dataset.classes().stream().map(BirdClass::name).toList();
    }

    public int label(BirdImage image) {
        return labelOfClass.get(image.classId());
    }

    public List<LabelledImage> labelled(List<BirdImage> images) {
        return images.stream().map(i -> new LabelledImage(i.id(), label(i))).toList();
    }

    /** Every image of the dataset as one feature row, in image-id order. */
    public List<FeatureIndex.Entry> featureRows() {
        List<BirdImage> images = dataset.images().stream()
                .sorted(java.util.Comparator.comparingInt(BirdImage::id)).toList();
        List<FeatureIndex.Entry> rows = new ArrayList<>(images.size());
        for (BirdImage image : images) {
            rows.add(new FeatureIndex.Entry(rows.size(), image.id(), label(image), image.training()));
        }
        return rows;
    }

    /** Loads images by id from the dataset, lazily. */
    public ImageSource imageSource() {
        return id -> dataset.loadImage(dataset.image(id));
    }
}
