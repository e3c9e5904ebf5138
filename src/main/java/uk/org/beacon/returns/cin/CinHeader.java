package uk.org.beacon.returns.cin;

import java.time.LocalDateTime;

/** The header block: {@code LEA} is the authority's three-digit DfE number; {@code madeAt} when the file was made. */
public record CinHeader(String lea, String softwareCode, String release, String serialNo, LocalDateTime madeAt) {}
