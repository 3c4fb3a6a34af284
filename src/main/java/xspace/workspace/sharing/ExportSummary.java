package xspace.workspace.sharing;

import java.nio.file.Path;

/** What a bundle holds, as written. */
public record ExportSummary(Path file, int annotators, int names, int votes, int notes) {
}
