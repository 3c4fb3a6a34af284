package xspace.workspace.db;

/** A person who names x-features and votes on them; names are unique in a workspace, ignoring case. */
public record Annotator(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
