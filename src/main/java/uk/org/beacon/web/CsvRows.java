package uk.org.beacon.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): comma-separated, fields in double quotes may
 * hold commas, line breaks and doubled quotes; CRLF or LF line ends; a UTF-8 byte-order mark is
 * ignored. Each row keeps its line number so import errors can point at it.
 */
public final class CsvRows {

    /** One row: its 1-based line number in the file and its fields. */
    public record Row(int line, List<String> fields) {}

    private CsvRows() {}

    public static List<Row> read(Reader reader) {
        try {
            List<Row> rows = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int line = 1;
            int rowLine = 1;
            int c = reader.read();
            if (c == 0xFEFF) {
                c = reader.read();
            }
            while (c != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (ch == '\r') {
                    // CRLF: the \n ends the row
                } else if (ch == '\n') {
                    fields.add(field.toString());
                    addRow(rows, rowLine, fields);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    rowLine = line;
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
                c = reader.read();
            }
            if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                addRow(rows, rowLine, fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
