package uk.org.beacon.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a code list kept as a CSV file with the header "code,label,retired". Labels taken
 * from DfE guidance often contain commas, so fields may be wrapped in double quotes, with a
 * doubled quote standing for a quote inside the field. Blank lines are skipped and a blank
 * retired column means the code is active. Each record must sit on one line.
 */
final class CodeCsv {

    private static final List<String> HEADER = List.of("code", "label", "retired");

    private CodeCsv() {
    }

    /** @throws IllegalStateException naming the source and line when the file is malformed */
    static List<Code> read(Reader reader, String source) {
        List<Code> codes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = fields(line, source, number);
                if (!headerSeen) {
                    if (!fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
                        throw new IllegalStateException(source + " line " + number + ": expected header code,label,retired");
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != HEADER.size()) {
                    throw new IllegalStateException(source + " line " + number + ": expected 3 fields but found "
                            + fields.size());
                }
                boolean retired = retired(fields.get(2), source, number);
                try {
                    codes.add(new Code(fields.get(0), fields.get(1), retired));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
        return codes;
    }

    private static List<String> fields(String line, String source, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (fieldWasQuoted && !Character.isWhitespace(c)) {
                throw new IllegalStateException(source + " line " + number + ": text after a closing quote");
            } else if (!fieldWasQuoted) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(source + " line " + number + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean retired(String value, String source, int number) {
        String flag = value.strip().toLowerCase(Locale.ROOT);
        if (flag.isEmpty() || flag.equals("false")) {
            return false;
        }
        if (flag.equals("true")) {
            return true;
        }
        throw new IllegalStateException(source + " line " + number + ": retired must be true, false or blank");
    }
}
