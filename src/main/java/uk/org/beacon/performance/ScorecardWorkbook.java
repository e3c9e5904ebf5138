package uk.org.beacon.performance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scorecard as an Excel workbook (Apache POI): one sheet with each measure's figure, numerator,
 * denominator, target, RAG in words, national comparator and the twelve monthly points; a second
 * sheet with the definitions and sources.
 */
final class ScorecardWorkbook {

    private ScorecardWorkbook() {}

    static byte[] write(String heading, List<MeasureResult> results) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Sheet sheet = book.createSheet("Scorecard");
            sheet.createRow(0).createCell(0).setCellValue(heading);
            Row head = sheet.createRow(2);
            List<String> columns = new java.util.ArrayList<>(List.of("Measure", "Period", "Value", "Numerator", "Denominator", "Target",
                    "RAG", "National comparator", "Direction"));
            MeasureResult withTrend = results.stream().filter(r -> !r.trend().isEmpty()).findFirst().orElse(null);
            if (withTrend != null) {
                withTrend.trend().forEach(p -> columns.add(p.period().asAt().toString()));
            }
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(header);
            }
            int r = 3;
            for (MeasureResult result : results) {
                Row row = sheet.createRow(r++);
                Measure m = result.measure();
                row.createCell(0).setCellValue(m.title());
                row.createCell(1).setCellValue(result.period().label());
                if (result.value() != null) {
                    row.createCell(2).setCellValue(result.value().doubleValue());
                } else {
                    row.createCell(2).setCellValue(result.available() ? "–" : "Not available");
                }
                row.createCell(3).setCellValue(result.numerator());
                row.createCell(4).setCellValue(result.denominator());
                if (m.target() != null) {
                    row.createCell(5).setCellValue(m.target().doubleValue());
                }
                row.createCell(6).setCellValue(result.rag().label());
                if (m.nationalComparator() != null) {
                    row.createCell(7).setCellValue(m.nationalComparator().doubleValue());
                }
                row.createCell(8).setCellValue(result.direction());
                for (int i = 0; i < result.trend().size(); i++) {
                    if (result.trend().get(i).value() != null) {
                        row.createCell(9 + i).setCellValue(result.trend().get(i).value().doubleValue());
                    }
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            Sheet defs = book.createSheet("Definitions");
            Row dh = defs.createRow(0);
            String[] dcols = {"Id", "Measure", "Definition", "Unit", "Polarity", "Period", "Source"};
            for (int c = 0; c < dcols.length; c++) {
                Cell cell = dh.createCell(c);
                cell.setCellValue(dcols[c]);
                cell.setCellStyle(header);
            }
            int d = 1;
            for (MeasureResult result : results) {
                Measure m = result.measure();
                Row row = defs.createRow(d++);
                row.createCell(0).setCellValue(m.id());
                row.createCell(1).setCellValue(m.title());
                row.createCell(2).setCellValue(m.definition());
                row.createCell(3).setCellValue(m.unit().name());
                row.createCell(4).setCellValue(m.polarity().label());
                row.createCell(5).setCellValue(result.period().type().label());
                row.createCell(6).setCellValue(m.sourceNote());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
