package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void controlAndBidirectionalCharactersAreWrittenAsEscapes() {
        assertThat(Echo.quoted("a\u001b[31mb\nc\u202ed")).isEqualTo("\"a\\u001B[31mb\\u000Ac\\u202Ed\"");
        assertThat(Echo.plain("Blue_J\u00e4y_\u9ce5")).isEqualTo("Blue_J\u00e4y_\u9ce5");
    }

    @Test
    void aLongValueIsCutThenEscapedAndItsLengthGiven() {
        String value = "\u0007".repeat(100);
        assertThat(Echo.plain(value)).isEqualTo("\\u0007".repeat(Echo.MAX_CHARS) + "… (100 characters)");
    }
}
