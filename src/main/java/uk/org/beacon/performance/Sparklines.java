package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trend lines drawn on the server as inline SVG, so they show without JavaScript and print: a
 * small sparkline for the scorecard and a larger labelled chart for a measure's page. Each has a
 * text alternative listing every point, and the target as a dashed line where there is one.
 * Only numbers and fixed labels go into the markup.
 */
final class Sparklines {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Sparklines() {}

    static String sparkline(Measure m, List<MeasureResult.TrendPoint> trend) {
        return draw(m, trend, 120, 28, false);
    }

    static String chart(Measure m, List<MeasureResult.TrendPoint> trend) {
        return draw(m, trend, 640, 220, true);
    }

    static String description(Measure m, List<MeasureResult.TrendPoint> trend) {
        List<String> parts = new ArrayList<>();
        for (MeasureResult.TrendPoint p : trend) {
            parts.add(MONTH.format(p.period().asAt()) + ": " + m.formatted(p.value()));
        }
        return "Trend over 12 months. " + String.join("; ", parts) + ".";
    }

    private static String draw(Measure m, List<MeasureResult.TrendPoint> trend, int width, int height, boolean labelled) {
        int left = labelled ? 48 : 2;
        int right = labelled ? 12 : 2;
        int top = labelled ? 12 : 3;
        int bottom = labelled ? 36 : 3;
        double max = 0;
        for (MeasureResult.TrendPoint p : trend) {
            if (p.value() != null) {
                max = Math.max(max, p.value().doubleValue());
            }
        }
        if (m.target() != null) {
            max = Math.max(max, m.target().doubleValue());
        }
        if (m.unit() == MeasureUnit.PERCENT) {
            max = Math.max(max, 100);
        }
        if (max <= 0) {
            max = 1;
        }
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        int n = Math.max(trend.size(), 2);
        String desc = escape(description(m, trend));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"beacon-trend\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(desc).append("\"><title>").append(desc).append("</title>");
        if (labelled) {
            svg.append(line(left, top + plotH, left + plotW, top + plotH, "#505a5f", null));
            svg.append(text(left - 6, top + 4, "end", m.formatted(BigDecimal.valueOf(max).setScale(0, java.math.RoundingMode.HALF_UP))));
            svg.append(text(left - 6, top + plotH, "end", m.formatted(BigDecimal.ZERO)));
            for (int i = 0; i < trend.size(); i += 2) {
                svg.append(text(x(i, n, left, plotW), height - 14, "middle", MONTH.format(trend.get(i).period().asAt()).substring(0, 3)));
            }
        }
        if (m.target() != null) {
            double ty = y(m.target().doubleValue(), max, top, plotH);
            svg.append(line(left, ty, left + plotW, ty, "#505a5f", "4 3"));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            BigDecimal v = trend.get(i).value();
            if (v == null) {
                continue;
            }
            path.append(path.isEmpty() ? "M" : " L").append(fmt(x(i, n, left, plotW))).append(' ').append(fmt(y(v.doubleValue(), max, top, plotH)));
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"").append(labelled ? 3 : 2).append("\"/>");
            MeasureResult.TrendPoint last = trend.get(trend.size() - 1);
            if (last.value() != null) {
                svg.append("<circle cx=\"").append(fmt(x(trend.size() - 1, n, left, plotW))).append("\" cy=\"")
                        .append(fmt(y(last.value().doubleValue(), max, top, plotH))).append("\" r=\"").append(labelled ? 4 : 2.5)
                        .append("\" fill=\"#0b0c0c\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int i, int n, int left, double plotW) {
        return left + plotW * i / (n - 1);
    }

    private static double y(double v, double max, int top, double plotH) {
        return top + plotH - plotH * Math.max(0, v) / max;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\" stroke=\"" + colour + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\"#0b0c0c\">" + escape(s) + "</text>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
