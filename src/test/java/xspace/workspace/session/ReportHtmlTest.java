package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.workspace.session.ReportHtml;

/** The report's HTML, built without a display: names typed by people cannot inject markup. */
class ReportHtmlTest {

    private static ReportHtml.Report report(String name) {
        ReportHtml.Cell first = new ReportHtml.Cell("image-7-xfeature-2.png", name, 0.8, 1.0, "1 trust");
        ReportHtml.Cell second = new ReportHtml.Cell("image-7-xfeature-1.png", "x-feature 1", -0.2, -0.25, "no votes");
        ReportHtml.ImageSection image = new ReportHtml.ImageSection("a.jpg (test image 7)", "image-7.png",
                "image-7-class-score.png", "Excitation BP of ŷ_0 (Red & Blue)", List.of(first, second));
        return new ReportHtml.Report("SRAE module of class 0", List.of(new ReportHtml.Entry("n (x-features)", "2")),
                List.of(new ReportHtml.Feature(2, name, 2, 1, 0, "trust", 2.0 / 3)), List.of(image));
    }

    @Test
    void namesAreEscapedWhereverTheyAppear() {
        String html = ReportHtml.render(report("<script>alert('x')</script> & \"cap\""));

        assertThat(html).doesNotContain("<script>").doesNotContain("'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;cap&quot;")
                .contains("Excitation BP of ŷ_0 (Red &amp; Blue)");
    }

    @Test
    void cellsKeepTheirOrderAndShowRelativeContributionTallyAndAgreement() {
        String html = ReportHtml.render(report("red crown"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
        assertThat(html.indexOf("image-7-class-score.png")).isLessThan(html.indexOf("image-7-xfeature-2.png"));
        assertThat(html.indexOf("image-7-xfeature-2.png")).isLessThan(html.indexOf("image-7-xfeature-1.png"));
        assertThat(html).contains("<span class=\"positive\">+1.000</span> (v·E = 0.8000)")
                .contains("<span class=\"negative\">-0.250</span>")
                .contains("<td>2</td><td>red crown</td><td>2</td><td>1</td><td>0</td><td>trust</td><td>67 %</td>");
    }
}
