#!/usr/bin/env bash
# Police notification import benchmark: runs on demand against a running Beacon demo authority
# (e.g. built with --beacon.demo.size=birmingham), builds a CSV of N notifications about children
# on that authority (most named as recorded, some misspelt, some unknown to Beacon), uploads it
# through the JSON API and prints throughput and the median / p95 of one row's matching query
# as measured by the server. Uploads the same file a second time to show it creates nothing new.
#
#   bench/police-import.sh [base-url] [rows]
#
# SEED=n makes the file reproducible (the same children, misspellings and references on the same
# data, to compare two builds); KEEP_CSV=path keeps a copy of the file uploaded.
# Traffic goes only to the given local URL. Uses the demo account screener.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROWS=${2:-10000}
SEED=${SEED:-$RANDOM}
AUTH="screener:beacon-demo-2026"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Collecting children from $BASE ..."
: > "$work/people"
for area in $(seq 1 15); do
  for sector in 0 1 2 3 4 5 6 7 8 9; do
    curl -sf -u "social.worker:beacon-demo-2026" "$BASE/api/v1/people?postcode=DM$area+$sector" \
      | grep -o '"kind":"CHILD","name":"[^"]*","dateOfBirth":"[0-9-]*","legalSex":"[A-Z]","postcode":"[^"]*"' \
      | sed -E 's/"kind":"CHILD","name":"([^"]*)","dateOfBirth":"([0-9-]*)","legalSex":"[A-Z]","postcode":"([^"]*)"/\1|\2|\3/' >> "$work/people" || true
  done
done
known=$(wc -l < "$work/people")
echo "  $known children to write about"
[ "$known" -gt 0 ] || { echo "no children found: is the demo authority running?"; exit 1; }

awk -F'|' -v rows="$ROWS" -v seed="$SEED" '
  BEGIN { srand(seed); print "police_reference,received_at,child_given_name,child_family_name,child_date_of_birth,address_line1,postcode,concerns,summary,police_assessment" }
  { sub(/ \(known as [^)]*\)/, "", $1); n = split($1, part, " "); given[NR] = part[1]; family[NR] = part[n]; dob[NR] = $2; pc[NR] = $3; count = NR }
  END {
    split("DOMESTIC_ABUSE MISSING NEGLECT CCE PARENT_SUBSTANCE", concern, " ")
    split("MEDIUM MEDIUM MEDIUM HIGH STANDARD NO_COUNCIL_RESPONSE", grade, " ")
    for (i = 1; i <= rows; i++) {
      k = int(rand() * count) + 1; g = given[k]; f = family[k]; d = dob[k]; r = rand()
      if (r < 0.2) { f = substr(f, 1, length(f) - 1) "e" }            # misspelt family name
      else if (r < 0.3) { g = "Bench" i; f = "Unknown" i; d = "2015-0" (1 + i % 9) "-1" (i % 9) }   # a child not on Beacon
      printf "BENCH-%s-%06d,2026-11-22 0%d:%02d,%s,%s,%s,,%s,%s,Police attended the home overnight,%s\n", seed, i, i % 10, i % 60, g, f, d, pc[k], concern[1 + i % 5], grade[1 + i % 6]
    }
  }' "$work/people" > "$work/notifications.csv"
echo "  wrote $(($(wc -l < "$work/notifications.csv") - 1)) notifications (seed $SEED)"
[ -z "${KEEP_CSV:-}" ] || cp "$work/notifications.csv" "$KEEP_CSV"

upload() {
  curl -sf -u "$AUTH" -F "file=@$work/notifications.csv;type=text/csv" "$BASE/api/v1/front-door/police-notifications" > "$work/result.json"
  for field in total imported alreadyHeld filedAsInformation childrenMatched childrenCreated elapsedMillis rowsPerSecond matchMedianMillis matchP95Millis; do
    printf '  %-20s %s\n' "$field" "$(grep -o "\"$field\":[0-9.]*" "$work/result.json" | head -1 | cut -d: -f2)"
  done
  printf '  %-20s %s\n' "rows with problems" "$(grep -o '"line":' "$work/result.json" | wc -l)"
}
echo "First upload:"
upload
echo "Same file again (idempotent):"
upload
