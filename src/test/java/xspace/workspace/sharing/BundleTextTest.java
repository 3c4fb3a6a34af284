package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import xspace.workspace.db.Trust;

/**
 * Bundle text never reaches a terminal raw: control characters, bidirectional overrides and
 * invalid UTF-8 in names, notes and ids are refused; entry names, which are only reported, are
 * escaped.
 */
class BundleTextTest extends BundleFixture {

    private static final String AT = "2024-05-01T11:00:00.000Z";

    private Path bundle;

    @BeforeEach
    void aColleaguesBundle() {
        theirs.castVote(F0, theirs.addAnnotator("Bob"), Trust.TRUST);
        bundle = export();
    }

    @Test
    void anEntryNameWithALineBreakAndEscapeCodesIsReportedEscaped() throws Exception {
        String forged = "x\nimported 999 votes\u001b[2J\u202E";
        Path zip = tampered(bundle, "forged.zip", Map.of(forged, new byte[0]));

        ImportReport report = importInto(zip);

        assertThat(report.ignoredEntries()).containsExactly("x\\u000Aimported 999 votes\\u001B[2J\\u202E");
        assertThat(String.join("", report.ignoredEntries())).doesNotContain("\n", "\u001b", "\u202E");
    }

    @Test
    void controlAndBidiCharactersInNamesNotesAndIdsAreRefused() throws Exception {
        for (String bad : new String[] {"Eve\u0000", "Eve\u001b[2J", "\u202Eevil", "Eve\u0085", "Eve\u2066"}) {
            String annotators = entry(bundle, "annotators.json").replace("\"Bob\"",
                    "\"Bob\"}, {\"name\": \"" + bad.replace("\u0000", "\\u0000") + "\"");
            assertRefused(tampered(bundle, "annotators.json", annotators), "annotators.json item 2 name: the text"
                    + " contains the character U+");
        }
        assertRefused(withRow("names.csv", MODULE + ",12,1,Bob,red\u001b[31mcrown," + AT),
                "names.csv line 2: the name contains the character U+001B (at character 4)");
        assertRefused(withRow("names.csv", MODULE + ",12,1,Bob,\"two\nlines\"," + AT),
                "names.csv line 2: the name contains the character U+000A");
        assertRefused(withRow("notes.csv", MODULE + ",12,1,Bob,ok\u202Eko," + AT),
                "notes.csv line 2: the note contains the character U+202E");
        assertRefused(withRow("votes.csv", "srae\u0007-class-012,12,1,Bob,TRUST," + AT),
                "votes.csv line 3: module_id contains the character U+0007");
        Path multiline = withRow("notes.csv", MODULE + ",12,1,Bob,\"first line\r\n\tsecond\"," + AT);
        assertThat(importInto(multiline).merge().notes().added()).isEqualTo(1);
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() throws Exception {
        // "café" written in Latin-1: the é is the single byte 0xE9, which UTF-8 does not allow there.
        byte[] latin1 = (entry(bundle, "notes.csv") + MODULE + ",12,1,Bob,caf\u00e9," + AT + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path zip = tampered(bundle, "latin1.zip", Map.of("notes.csv", latin1));
        assertRefused(zip, "notes.csv line 2: not valid UTF-8 (byte ");
    }

    private void assertRefused(Path zip, String message) {
        assertThatThrownBy(() -> importInto(zip)).hasMessageStartingWith(zip + ": " + message);
        assertThat(mine.snapshot().annotators()).isEmpty();
    }
}
