package xspace.workspace.session;

/**
 * Which images the concept gallery shows: of the explained class, of the others or all; of the
 * training split, the test split or both; optionally only those the network classifies wrongly.
 */
public record GalleryFilter(Scope scope, Split split, boolean wrongOnly) {

    public static final GalleryFilter ALL = new GalleryFilter(Scope.ALL, Split.ALL, false);

    public enum Scope {
        ALL("all classes"), EXPLAINED("the explained class"), OTHERS("other classes");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Split {
        ALL("both splits"), TRAINING("training split"), TEST("test split");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public boolean accepts(XFeatureScores.Scored s) {
        boolean inScope = switch (scope) {
            case ALL -> true;
            case EXPLAINED -> s.positive();
            case OTHERS -> !s.positive();
        };
        boolean inSplit = switch (split) {
            case ALL -> true;
            case TRAINING -> s.training();
            case TEST -> !s.training();
        };
        return inScope && inSplit && (!wrongOnly || !s.correct());
    }
}
