package xspace.workspace.db;

/** An annotator's verdict on an x-feature: does it show something a domain expert would rely on. */
public enum Trust {
    TRUST,
    DISTRUST,
    UNSURE
}
