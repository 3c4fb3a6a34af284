package xspace.workspace.db;

import java.util.List;

/** One step of the schema: the statements that take a database from {@code version - 1} to {@code version}. */
record Migration(int version, String description, List<String> statements) {

    Migration {
        statements = List.copyOf(statements);
    }
}
