package uk.org.beacon.casework;

import java.util.UUID;

/** An attachment's content, for download. */
public record CaseNoteFile(UUID id, UUID noteId, String fileName, String contentType, byte[] content) {}
