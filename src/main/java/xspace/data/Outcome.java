package xspace.data;

/** What a lenient read leaves out because of a problem; named in the problem's message. */
enum Outcome {
    LINE_IGNORED("line ignored"),
    IMAGE_SKIPPED("image skipped"),
    BOX_IGNORED("box ignored"),
    PART_INVISIBLE("part marked invisible"),
    FILE_IGNORED("file ignored");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
