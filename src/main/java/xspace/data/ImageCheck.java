package xspace.data;

/** How far {@link CubReader} reads each image file while validating a dataset. */
public enum ImageCheck {
    /** The size from the file header: fast, but damage after the header passes unnoticed. */
    HEADER,
    /**
     * Every pixel decoded, exactly as the network's input will be: several times slower, and then
     * no image of the dataset fails to load later (truncation included).
     */
    DECODE
}
