package xspace.workspace.db;

import java.nio.file.Path;

/**
 * The child process of {@link WorkspaceDatabaseCrashTest}: casts votes on x-features
 * {@code crash/0/START}, {@code crash/0/START+1}, … forever, printing {@code ACK n} once the vote
 * on feature n is committed, until it is killed.
 */
public final class VoteCaster {

    private VoteCaster() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            Annotator annotator = db.annotator("caster").orElseGet(() -> db.addAnnotator("caster"));
            for (int n = start; ; n++) {
                Trust trust = Trust.values()[n % Trust.values().length];
                db.castVote(new XFeatureKey("crash", 0, n), annotator, trust);
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
