package xspace.workspace.session;

import java.util.List;
import java.util.Locale;

/**
 * The HTML of a class report, written from plain values so that it can be built and checked
 * without a display. Every text that comes from the workspace (x-feature names are typed by
 * people, class names come from the dataset) is escaped; images are referenced by file name
 * beside the page, so the folder is self-contained.
 */
public final class ReportHtml {

    /** The whole report: a title, the module's metadata as label–value pairs, x-features and images. */
    public record Report(String title, List<Entry> metadata, List<Feature> features, List<ImageSection> images) {
    }

    public record Entry(String label, String value) {
    }

    /** One x-feature: its number (from 0, as everywhere), name (if any) and the tally of trust votes. */
    public record Feature(int number, String name, int trust, int distrust, int unsure, String verdict, double agreement) {
    }

    /** One image: the original, ŷ_j's heatmap and the x-features' cells in the order they are to be shown. */
    public record ImageSection(String caption, String original, String classScorePng, String classScoreTitle,
            List<Cell> cells) {
    }

    /** One x-feature on one image: its heatmap, name, v_i·E_i (also relative to the largest |v·E|) and tally. */
    public record Cell(String png, String name, double contribution, double relative, String tally) {
    }

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px; color: #202124; }
            table { border-collapse: collapse; margin-bottom: 16px; }
            td, th { border: 1px solid #d9dce1; padding: 4px 8px; text-align: left; }
            .images { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 28px; }
            figure { margin: 0; width: 180px; }
            figure img { width: 180px; height: 180px; object-fit: contain; background: #eef0f3; }
            figcaption { font-size: 12px; }
            .positive { color: #c62828; } .negative { color: #1e5bc6; } .zero { color: #80868b; }
            """;

    private ReportHtml() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<title>").append(escape(report.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n");
        metadata(html, report.metadata());
        features(html, report.features());
        report.images().forEach(image -> image(html, image));
        return html.append("</body>\n</html>\n").toString();
    }

    /** The text as HTML text or attribute value: the five characters HTML gives a meaning escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void metadata(StringBuilder html, List<Entry> entries) {
        html.append("<h2>Module</h2>\n<table>\n");
        for (Entry e : entries) {
            html.append("<tr><th>").append(escape(e.label())).append("</th><td>").append(escape(e.value()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void features(StringBuilder html, List<Feature> features) {
        html.append("<h2>x-features</h2>\n<table>\n<tr><th>x-feature</th><th>name</th><th>trust</th><th>distrust</th>")
                .append("<th>unsure</th><th>majority</th><th>agreement</th></tr>\n");
        for (Feature f : features) {
            html.append("<tr><td>").append(f.number()).append("</td><td>").append(escape(f.name()))
                    .append("</td><td>").append(f.trust()).append("</td><td>").append(f.distrust())
                    .append("</td><td>").append(f.unsure()).append("</td><td>").append(escape(f.verdict()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.0f %%", 100 * f.agreement()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void image(StringBuilder html, ImageSection image) {
        html.append("<h2>").append(escape(image.caption())).append("</h2>\n<div class=\"images\">\n");
        figure(html, image.original(), "original", "");
        figure(html, image.classScorePng(), escape(image.classScoreTitle()), "");
        for (Cell c : image.cells()) {
            String value = String.format(Locale.ROOT, "<span class=\"%s\">%s</span> (v·E = %.4f)",
                    Contribution.styleClass(c.relative()), Contribution.text(c.relative()), c.contribution());
            figure(html, c.png(), "<b>" + escape(c.name()) + "</b><br>" + value, "<br>" + escape(c.tally()));
        }
        html.append("</div>\n");
    }

    private static void figure(StringBuilder html, String png, String caption, String more) {
        html.append("<figure><img src=\"").append(escape(png)).append("\" alt=\"\"><figcaption>").append(caption)
                .append(more).append("</figcaption></figure>\n");
    }
}
