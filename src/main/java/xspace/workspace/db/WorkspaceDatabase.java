package xspace.workspace.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The workspace database, {@code workspace.db} in the workspace folder: annotators, the names and
 * trust votes they give x-features, their notes, and evaluation results. Every change is committed
 * and synced before its method returns (there is no save). Safe to share between threads. Several
 * XSpace processes may use one workspace: reading (opening included) never waits for another's
 * write, and writers take turns, each waiting up to {@link #WRITE_WAIT} for the write lock.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    public static final String FILE = "workspace.db";
    /** Long enough for another process's large import to finish; a writer stuck longer gets an error. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(60);

    private final Sql sql;
    private final AnnotatorStore annotators;
    private final NameStore names;
    private final VoteStore votes;
    private final NoteStore notes;
    private final ResultStore results;
    private final StateMerge merge;
    private final ModuleKeys moduleKeys;

    private WorkspaceDatabase(Sql sql, Clock clock) {
        this.sql = sql;
        this.annotators = new AnnotatorStore(sql, clock);
        this.names = new NameStore(sql, clock, annotators);
        this.votes = new VoteStore(sql, clock, annotators);
        this.notes = new NoteStore(sql, clock, annotators);
        this.results = new ResultStore(sql, clock);
        this.merge = new StateMerge(sql, annotators, names, votes, notes);
        this.moduleKeys = new ModuleKeys(sql, clock, names);
    }

    /** Opens (creating or migrating if needed) the database of the workspace in {@code workspaceRoot}. */
    public static WorkspaceDatabase open(Path workspaceRoot) {
        return open(workspaceRoot, Clock.systemUTC());
    }

    public static WorkspaceDatabase open(Path workspaceRoot, Clock clock) {
        return open(workspaceRoot, clock, Migrations.ALL);
    }

    static WorkspaceDatabase open(Path workspaceRoot, Clock clock, List<Migration> migrations) {
        return open(workspaceRoot, clock, migrations, WRITE_WAIT);
    }

    /** @param writeWait how long a write waits for another process's write lock before it fails */
    static WorkspaceDatabase open(Path workspaceRoot, Clock clock, List<Migration> migrations, Duration writeWait) {
        Path file = workspaceRoot.resolve(FILE);
        DatabaseFile.requireWritable(workspaceRoot, file);
        DatabaseFile.requireSound(file);
        Sql sql = new Sql(connect(file, writeWait), file);
        try {
            Schema.prepare(sql, migrations);
            return new WorkspaceDatabase(sql, clock);
        } catch (RuntimeException e) {
            sql.close();
            throw e;
        }
    }

    private static Connection connect(Path file, Duration writeWait) {
        SQLiteConfig config = new SQLiteConfig();
        // SQLite retries a busy lock until this timeout: BEGIN IMMEDIATE waits for the writer before it.
        config.setBusyTimeout((int) writeWait.toMillis());
        config.enforceForeignKeys(true);
        // In WAL mode FULL syncs the log at every commit, so a vote survives a crash right after it is cast.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "opening");
        }
    }

    /** The highest schema version this XSpace reads. */
    public static int schemaVersion() {
        return Migrations.CURRENT;
    }

    public Path file() {
        return sql.file();
    }

    // Annotators

    /** Adds an annotator; the name is trimmed and must be new, ignoring case. */
    public Annotator addAnnotator(String name) {
        return annotators.add(name);
    }

    public List<Annotator> annotators() {
        return annotators.all();
    }

    public Optional<Annotator> annotator(String name) {
        return sql.read("finding annotator " + name, () -> annotators.find(name));
    }

    // Names

    /** Sets the annotator's name for the x-feature; the previous one stays in the history. */
    public NameChange setName(XFeatureKey key, Annotator annotator, String name) {
        return names.set(key, annotator, name);
    }

    /** The name set most recently by anyone, or empty if nobody named the x-feature. */
    public Optional<String> currentName(XFeatureKey key) {
        return names.current(key);
    }

    /** Each annotator's current name, by annotator name. */
    public Map<Annotator, String> namesByAnnotator(XFeatureKey key) {
        return names.byAnnotator(key);
    }

    /** Every name ever set on the x-feature, oldest first. */
    public List<NameChange> nameHistory(XFeatureKey key) {
        return names.history(key);
    }

    /** Distinct names in current use, for suggestions: the most used first. */
    public List<String> usedNames() {
        return names.used();
    }

    // Notes

    /** Writes the annotator's note, replacing their previous one; blank text removes it. */
    public Optional<Note> setNote(XFeatureKey key, Annotator annotator, String text) {
        return notes.set(key, annotator, text);
    }

    public List<Note> notes(XFeatureKey key) {
        return notes.notes(key);
    }

    /** Every note written and deleted on the x-feature, oldest first. */
    public List<NoteChange> noteHistory(XFeatureKey key) {
        return notes.history(key);
    }

    // Votes

    /** Casts the annotator's vote, replacing their current one; every vote stays in the history. */
    public VoteChange castVote(XFeatureKey key, Annotator annotator, Trust trust) {
        return votes.cast(key, annotator, trust);
    }

    /** Withdraws the annotator's current vote (recorded in the history); false if there was none. */
    public boolean retractVote(XFeatureKey key, Annotator annotator) {
        return votes.retract(key, annotator);
    }

    public Map<Annotator, Trust> votes(XFeatureKey key) {
        return votes.votes(key);
    }

    public VoteTally tally(XFeatureKey key) {
        return votes.tally(key);
    }

    /** The module's x-features whose current votes have a strict DISTRUST majority (see {@link VoteTally}). */
    public Set<XFeatureKey> distrusted(String moduleId) {
        return votes.distrusted(moduleId);
    }

    /** Every vote cast and retracted on the x-feature, oldest first. */
    public List<VoteChange> voteHistory(XFeatureKey key) {
        return votes.history(key);
    }

    // Results

    public void recordResult(String runId, String key, String jsonValue) {
        results.record(runId, key, jsonValue);
    }

    public Optional<String> result(String runId, String key) {
        return results.result(runId, key);
    }

    public Map<String, String> results(String runId) {
        return results.results(runId);
    }

    // Module versions

    /** Which module versions hold names, votes and notes; keys of earlier releases; names carried between versions. */
    public ModuleKeys moduleKeys() {
        return moduleKeys;
    }

    // Sharing

    /** The annotators and their current names, votes and notes, to share. */
    public SharedState snapshot() {
        return merge.snapshot();
    }

    /** Merges a colleague's state per annotator, newer entries winning, in one transaction. */
    public MergeResult merge(SharedState incoming) {
        return merge.merge(incoming);
    }

    /** The connection, for tests that need to bend SQLite (a tiny page limit, say). */
    Connection connection() {
        return sql.connection();
    }

    @Override
    public void close() {
        sql.close();
    }
}
