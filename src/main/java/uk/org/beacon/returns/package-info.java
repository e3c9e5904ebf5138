/**
 * Returns, an oversight module: the statutory returns built from normal recording on any day of the
 * year. First the children in need census ({@code returns.cin}): which children and which activity
 * belong to a census year, the XML for that year's schema (checked against the XSD before it is
 * offered), DfE's validation rules as code, and each breach shown where it can be fixed (the
 * returns pages and the child's record). Reads the practice modules' reporting views (schema
 * {@code reporting}) only; never changes practice data.
 * Depends on {@code calendar}, {@code codes}, {@code identity}, {@code person} (access to a child's
 * record), {@code casework} (the child's record panel), {@code audit} and {@code web}.
 */
package uk.org.beacon.returns;
