-- Front-door matching orders everyone a name look-up finds (often thousands: a common family
-- name, its sound, its first three letters) by the closeness of their name keys before weighing
-- the closest few hundred. The name indexes carry those keys, so these look-ups read the index
-- alone (an index-only scan) rather than a table row per person. The same indexes still serve
-- person search (equality and prefix look-ups, text_pattern_ops).
DROP INDEX person.person_family_sound_idx;
CREATE INDEX person_family_sound_idx ON person.person (family_name_sound text_pattern_ops)
  INCLUDE (id, family_name_key, given_name_key, merged_into);
DROP INDEX person.person_family_key_idx;
CREATE INDEX person_family_key_idx ON person.person (family_name_key text_pattern_ops)
  INCLUDE (id, given_name_key, merged_into);
-- Spelling slips that change the sound of a family name: the first two sounds of the family name
-- and the first letter of the given name, looked up together.
CREATE INDEX person_sound_start_initial_idx ON person.person (left(family_name_sound, 2), left(given_name_key, 1))
  INCLUDE (id, family_name_sound, family_name_key, given_name_key, merged_into);
