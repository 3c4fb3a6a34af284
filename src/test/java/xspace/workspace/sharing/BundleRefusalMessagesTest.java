package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Trust;

/**
 * Malformed bundles once failed with "null" or "Failed to invoke constructor …", and a blank
 * annotator or note with a message naming no table or row. Every refusal names the bundle, the
 * entry and the line or item.
 */
class BundleRefusalMessagesTest extends BundleFixture {

    private static final String MANIFEST_START = "{\"format\": \"xspace-sharing-bundle\", \"formatVersion\": 1,"
            + " \"cnnFingerprint\": \"" + CNN + "\", \"created\": \"2024-05-01T12:00:00Z\", ";

    private Path bundle;

    @BeforeEach
    void aColleaguesBundle() {
        theirs.castVote(F0, theirs.addAnnotator("Bob"), Trust.TRUST);
        bundle = export();
    }

    @Test
    void damagedManifestsAreRefusedNamingTheField() throws Exception {
        assertRefused("manifest.json", MANIFEST_START + "\"modules\": [null]}",
                "manifest.json modules item 1: expected {\"id\": …, \"fingerprint\": …}");
        assertRefused("manifest.json", MANIFEST_START + "\"modules\": [{}]}",
                "manifest.json modules item 1 id: expected a text");
        assertRefused("manifest.json", MANIFEST_START + "\"modules\": [{\"id\": \"m\", \"fingerprint\": []}]}",
                "manifest.json modules item 1 fingerprint: expected a text");
        assertRefused("manifest.json", MANIFEST_START + "\"modules\": {}}",
                "manifest.json field modules: expected a list");
        assertRefused("manifest.json", MANIFEST_START.replace("\"formatVersion\": 1", "\"formatVersion\": 1.5")
                + "\"modules\": []}", "manifest.json field formatVersion: expected a whole number");
        assertRefused("manifest.json", MANIFEST_START.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"")
                + "\"modules\": []}", "manifest.json field formatVersion: expected a whole number");
        assertRefused("manifest.json", "{\"format\": \"xspace-sharing-bundle\", \"formatVersion\": 1}",
                "manifest.json field cnnFingerprint: expected a text");
        assertRefused("manifest.json", "{\"format\": ", "manifest.json: not readable JSON");
    }

    @Test
    void damagedAnnotatorListsAreRefusedNamingTheItem() throws Exception {
        assertRefused("annotators.json", "[{\"name\": \"Bob\"}, null]",
                "annotators.json item 2: expected {\"name\": …}");
        assertRefused("annotators.json", "[{\"name\": \"Bob\"}, {}]", "annotators.json item 2 name: expected a text");
        assertRefused("annotators.json", "[{\"name\": \"   \"}]",
                "annotators.json item 1 name: the text must not be empty");
        assertRefused("annotators.json", "{}", "annotators.json: expected a list of {\"name\": …}");
    }

    @Test
    void blankAnnotatorsNotesAndBrokenRowsNameTheTableAndLine() throws Exception {
        String row = MODULE + ",12,1,%s,%s,2024-05-01T11:00:00Z\r\n";
        assertRefused("votes.csv", entry(bundle, "votes.csv") + String.format(row, " ", "TRUST"),
                "votes.csv line 3: the annotator must not be empty");
        assertRefused("notes.csv", entry(bundle, "notes.csv") + String.format(row, "Bob", " "),
                "notes.csv line 2: the note must not be empty");
        assertRefused("notes.csv", entry(bundle, "notes.csv") + String.format(row, "Bob", "\"a\r\nb\"")
                + String.format(row, "Eve", "c"),
                "notes.csv line 4: annotator \"Eve\" is not listed in annotators.json");
        assertRefused("names.csv", entry(bundle, "names.csv") + MODULE + ",x,1,Bob,n,2024-05-01T11:00:00Z\r\n",
                "names.csv line 2: class_index \"x\" is not a whole number from 0");
        assertRefused("names.csv", entry(bundle, "names.csv") + "just one field\r\n",
                "names.csv line 2: expected 6 fields, found 1");
        assertRefused("names.csv", "module_id,oops\r\n", "names.csv: expected the header");
    }

    private void assertRefused(String entry, String text, String message) throws Exception {
        Path damaged = tampered(bundle, entry, text);
        assertThatThrownBy(() -> importInto(damaged)).isExactlyInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith(damaged + ": " + message);
    }
}
