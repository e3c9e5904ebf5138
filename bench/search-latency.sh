#!/usr/bin/env bash
# Search latency benchmark: runs on demand against a running Beacon (e.g. the demo built with
# --beacon.demo.size=walsall) and prints median, p95 and max response times of person searches
# through the JSON API (the same code path as the search page), by kind of search.
#
#   bench/search-latency.sh [base-url] [rounds]
#
# MODE=page (default) signs in once and uses the search page with a session; MODE=api uses the
# JSON API with HTTP Basic on every request. Uses the demo account social.worker. Traffic goes
# only to the given local URL.
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

# the search page, as a worker uses it: sign in once, then search with the session
JAR=$(mktemp)
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=${AUTH%%:*}" --data-urlencode "password=${AUTH#*:}" \
  --data-urlencode "_csrf=$token" "$BASE/sign-in"

MODE=${MODE:-page}
measure() { # label, query string
  if [ "$MODE" = api ]; then
    # HTTP Basic: every request also pays for checking the password hash (bcrypt)
    curl -s -o /dev/null -w '%{time_total}\n' -u "$AUTH" "$BASE/api/v1/people?$2"
  else
    curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE/people?$2"
  fi
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
  if [ -n "$dob" ]; then
    IFS=- read -r y m d <<< "$dob"
    if [ "$MODE" = api ]; then q="dateOfBirth=$dob"; else q="dobDay=$d&dobMonth=$m&dobYear=$y"; fi
    measure dob "$q" >> "$tmp/dob"
    measure namedob "name=Smith&$q" >> "$tmp/namedob"
  fi
done
echo "Search latency against $BASE ($ROUNDS rounds, through the $MODE):"
report "name (fuzzy)" "$tmp/name"
report "postcode" "$tmp/postcode"
report "NHS number" "$tmp/nhs"
report "date of birth" "$tmp/dob"
report "name + date of birth" "$tmp/namedob"
rm -rf "$tmp" "$JAR"
