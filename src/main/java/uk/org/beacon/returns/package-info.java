/**
 * Returns, an oversight module: the statutory returns built from normal recording on any day of the
 * year. First the children in need census ({@code returns.cin}): which children and which activity
 * belong to a census year ({@code CinCensusSource}, read from the reporting views), the XML for that
 * year's schema ({@code CinFileWriter}, StAX; children whose schema-required data is missing are held
 * back and listed), the check against the year's XSD ({@code CinSchemas}, the schemas under
 * {@code returns/cin/}; the years with a schema are the years that can be made), DfE's validation
 * rules as code ({@code CinCensusRules}), and each breach shown where it can be fixed.
 * <p>
 * Entry class {@link uk.org.beacon.returns.CinCensus} (check and generate a year's return, for
 * administrators, quality and performance officers and senior leaders); pages under
 * {@code /returns/cin-census}; JSON/XML API under {@code /api/v1/returns/cin-census}; a command line
 * for scheduled jobs ({@code --beacon.returns.cin-census.output=...}, no web server). Owns the
 * {@code returns} schema: {@code returns.cin_census_file}, the log of files made (serial number per
 * year, counts, SHA-256, schema result). Every file made is audited.
 * <p>
 * Reads the practice modules' reporting views (schema {@code reporting}) only; never changes practice
 * data. Publishes no events and listens to none. Settings: {@code beacon.la-number} (the authority's
 * DfE number, required), {@code beacon.release} (the build's version, the header's {@code Release}).
 * Depends on {@code calendar}, {@code codes}, {@code identity} (roles, the signed-in member of staff,
 * staff names), {@code audit} and {@code web}.
 */
package uk.org.beacon.returns;
