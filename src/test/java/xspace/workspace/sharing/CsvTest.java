package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundle's CSV survives what people type. */
class CsvTest {

    @Test
    void fieldsWithSeparatorsQuotesBreaksAndOuterSpacesRoundTrip() {
        List<String> header = List.of("a", "b", "c");
        List<List<String>> rows = List.of(
                List.of("crown, red", "the \"eye\" ring", "line one\r\nline two\nthree"),
                List.of(" padded ", "", "Schnabel – Ω"));
        String text = Csv.write(header, rows);
        assertThat(text).startsWith("a,b,c\r\n\"crown, red\",\"the \"\"eye\"\" ring\"");
        assertThat(Csv.parse(text, "t.csv")).containsExactly(header, rows.get(0), rows.get(1));
    }

    @Test
    void plainLineBreaksAndAMissingFinalBreakAreRead() {
        assertThat(Csv.parse("a,b\nc,d", "t.csv")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheRecord() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"open,x\n", "names.csv"))
                .hasMessage("names.csv: record 2 has a quote that is never closed");
    }
}
