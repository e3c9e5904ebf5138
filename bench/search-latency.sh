#!/usr/bin/env bash
# Search latency benchmark: runs on demand against a running Beacon (e.g. the demo built with
# --beacon.demo.size=walsall) and prints median, p95 and max response times of person searches
# through the JSON API (the same code path as the search page), by kind of search.
#
#   bench/search-latency.sh [base-url] [rounds]
#
# Uses the demo account social.worker. Traffic goes only to the given local URL.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-20}
AUTH="social.worker:beacon-demo-2026"

names=("Smith" "Smyth" "Jack Smith" "Olivia Jonson" "Muhammad Khan" "Mohammed Kahn" "Zuzanna Kowalski" "Amara Okafor"
       "Harjeet Singh" "Leah Campbell" "Thomas Whitehouse" "Riley Prichard" "Ava Tonks" "Yusuf Hussain" "Maya Francis")
postcodes=("DM3" "DM12" "DM7 4" "DM1")

# pick a real NHS number and date of birth from the data for identifier searches
first_id=$(curl -sf -u "$AUTH" "$BASE/api/v1/people?name=Smith" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
record=$(curl -sf -u "$AUTH" "$BASE/api/v1/people/$first_id")
nhs=$(echo "$record" | grep -o '"nhsNumber":"[0-9]*"' | cut -d'"' -f4 || true)
dob=$(echo "$record" | grep -o '"dateOfBirth":"[0-9-]*"' | cut -d'"' -f4 || true)

measure() { # label, query string
  curl -s -o /dev/null -w '%{time_total}\n' -u "$AUTH" "$BASE/api/v1/people?$2"
}

report() { # label, file
  sort -n "$2" | awk -v label="$1" '{ a[NR] = $1 } END {
    if (NR == 0) { print label ": no samples"; exit }
    p50 = a[int((NR + 1) / 2)]; p95 = a[int(NR * 0.95) > 0 ? int(NR * 0.95) : 1]; max = a[NR]
    printf "%-22s n=%4d  median %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", label, NR, p50 * 1000, p95 * 1000, max * 1000 }'
}

tmp=$(mktemp -d)
# warm-up
for n in "${names[@]}"; do measure warm "name=$(printf %s "$n" | sed 's/ /+/g')" >/dev/null; done
for r in $(seq 1 "$ROUNDS"); do
  for n in "${names[@]}"; do measure name "name=$(printf %s "$n" | sed 's/ /+/g')" >> "$tmp/name"; done
  for p in "${postcodes[@]}"; do measure postcode "postcode=$(printf %s "$p" | sed 's/ /+/g')" >> "$tmp/postcode"; done
  [ -n "$nhs" ] && measure nhs "nhsNumber=$nhs" >> "$tmp/nhs"
  [ -n "$dob" ] && measure dob "dateOfBirth=$dob" >> "$tmp/dob"
  [ -n "$dob" ] && measure namedob "name=Smith&dateOfBirth=$dob" >> "$tmp/namedob"
done
echo "Search latency against $BASE ($ROUNDS rounds):"
report "name (fuzzy)" "$tmp/name"
report "postcode" "$tmp/postcode"
report "NHS number" "$tmp/nhs"
report "date of birth" "$tmp/dob"
report "name + date of birth" "$tmp/namedob"
rm -rf "$tmp"
