package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.Csv;

/** The bundle's CSV (the one codec, {@link Csv}) survives what people type; broken tables name the entry. */
class CsvTest {

    private static final BundleEntry T = new BundleEntry(Path.of("b.zip"), "t.csv");

    private static List<List<String>> fields(String text) {
        return BundleTables.records(text, T, 100).stream().map(Csv.Record::fields).toList();
    }

    @Test
    void fieldsWithSeparatorsQuotesBreaksAndOuterSpacesRoundTrip() {
        List<String> header = List.of("a", "b", "c");
        List<List<String>> rows = List.of(
                List.of("crown, red", "the \"eye\" ring", "line one\r\nline two\nthree"),
                List.of(" padded ", "", "Schnabel – Ω"));
        String text = Csv.write(header, rows);
        assertThat(text).startsWith("a,b,c\r\n\"crown, red\",\"the \"\"eye\"\" ring\"");
        assertThat(fields(text)).containsExactly(header, rows.get(0), rows.get(1));
    }

    @Test
    void plainLineBreaksAndAMissingFinalBreakAreRead() {
        assertThat(fields("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void recordsKnowTheLineTheyStartOn() {
        List<Csv.Record> records = BundleTables.records("h\r\n\"one\r\ntwo\nthree\"\r\nnext\rlast", T, 100);
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 5, 6);
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> BundleTables.records("a,b\n\n\"open,x\n", T, 100))
                .hasMessage("b.zip: t.csv line 3: a quote opened here is never closed");
    }

    @Test
    void readingStopsAtTheCap() {
        assertThatThrownBy(() -> BundleTables.records("h\n1\n2\n3\n", T, 3))
                .hasMessage("b.zip: t.csv line 4: the table has more than 2 rows, the most a sharing bundle may"
                        + " hold; refused");
    }
}
