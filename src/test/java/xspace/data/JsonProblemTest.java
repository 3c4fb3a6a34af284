package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Gson's messages keep where and what, without Java class names or web addresses. */
class JsonProblemTest {

    private static String reasonFor(Runnable parse) {
        try {
            parse.run();
        } catch (JsonParseException e) {
            return JsonProblem.reason(e);
        }
        throw new AssertionError("parsed");
    }

    @Test
    void aMalformedFileSaysWhatWasExpectedWhere() {
        assertThat(reasonFor(() -> new Gson().fromJson("{ not json", Object.class)))
                .isEqualTo("expected ':' at line 1 column 8 path $.not");
        assertThat(reasonFor(() -> JsonParser.parseString("{\"a\": [1,")))
                .isEqualTo("end of input at line 1 column 10 path $.a[1]");
    }

    @Test
    void aMessageWithoutAClassNameIsKept() {
        assertThat(JsonProblem.reason(new JsonParseException("Expected a string"))).isEqualTo("expected a string");
        assertThat(JsonProblem.reason(new JsonParseException((String) null))).isEqualTo("not valid JSON");
    }
}
