package uk.org.beacon.casework;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Which files may be kept with a case note: photos and letters received, as PDF, JPEG, PNG, Word
 * (.docx) or plain text, up to 10 MB. The type is decided by the file's name and confirmed by its
 * first bytes, never taken from what the browser claims, so a renamed program is refused.
 * Attachments are for what was received, not for writing notes elsewhere.
 */
final class CaseNoteAttachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String ALLOWED = "PDF, JPEG, PNG, Word (.docx) or plain text (.txt)";

    private CaseNoteAttachments() {}

    /** The content type to keep, or null with a message in {@code errors} under "file". */
    static String check(String fileName, byte[] content, Map<String, String> errors) {
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            errors.put("file", "Choose a file to attach");
            return null;
        }
        if (content.length > MAX_BYTES) {
            errors.put("file", "The file must be smaller than 10 MB");
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        String type = name.endsWith(".pdf") ? "application/pdf"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : name.endsWith(".txt") ? "text/plain"
                : null;
        if (type == null) {
            errors.put("file", "The file must be a " + ALLOWED);
            return null;
        }
        if (!contentIs(type, content)) {
            errors.put("file", "The file's content is not what its name says: attach a real " + ALLOWED);
            return null;
        }
        return type;
    }

    /** The file's name without any folder part or control characters, as it is kept and offered for download. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean contentIs(String type, byte[] c) {
        return switch (type) {
            case "application/pdf" -> startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "image/jpeg" -> startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "image/png" -> startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> startsWith(c, new byte[] {'P', 'K', 3, 4});
            case "text/plain" -> plainText(c);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
