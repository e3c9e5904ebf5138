#!/usr/bin/env bash
# Scorecard benchmark (issue 7): runs on demand against a running Beacon (e.g. the demo built with
# --beacon.demo.size=birmingham) and prints the time of the board scorecard cold (the first request
# after start: run this right after Beacon starts for a true cold figure) and warm (median, p95 and
# max over the rounds), and of a team's scorecard. A scorecard page answers with its figures and
# then fetches its twelve-month trend lines (/performance/trends), so both are timed, and so is the
# page with the trends drawn in it (?trends=all, as without JavaScript). Everything is computed
# live: Beacon caches none of it, so "warm" is the JVM and PostgreSQL's buffers, not a result cache
# (Beacon computes the board once in the background when it starts: beacon.performance.warm-up).
#
#   bench/scorecard.sh [base-url] [rounds]
#
# Signs in once as the demo account senior (senior leader) and uses the pages with a session.
# Traffic goes only to the given local URL.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-10}
AUTH=${AUTH:-"senior:beacon-demo-2026"}

JAR=$(mktemp)
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=${AUTH%%:*}" --data-urlencode "password=${AUTH#*:}" \
  --data-urlencode "_csrf=$token" "$BASE/sign-in"

time_of() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$JAR" "$BASE$1"; }

report() { # label, file
  sort -n "$2" | awk -v label="$1" '{ a[NR] = $1 } END {
    if (NR == 0) { print label ": no samples"; exit }
    p50 = a[int((NR + 1) / 2)]; p95 = a[int(NR * 0.95) > 0 ? int(NR * 0.95) : 1]; max = a[NR]
    printf "%-26s n=%3d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", label, NR, p50 * 1000, p95 * 1000, max * 1000 }'
}

read -r code cold <<< "$(time_of /performance)"
if [ "$code" != 200 ]; then echo "GET /performance answered $code (is $BASE up, and the account ${AUTH%%:*} a senior leader?)" >&2; exit 1; fi
printf "%-26s %7.1f ms\n" "board scorecard, cold" "$(awk -v t="$cold" 'BEGIN { print t * 1000 }')"
read -r _ trends_cold <<< "$(time_of /performance/trends)"
printf "%-26s %7.1f ms  (then fetched by the page)\n" "board trends, cold" "$(awk -v t="$trends_cold" 'BEGIN { print t * 1000 }')"

team=$(curl -s -b "$JAR" "$BASE/performance" | grep -o 'href="/performance/teams/[^"?]*' | head -1 | sed 's/href="//')
tmp=$(mktemp -d)
read -r _ team_cold <<< "$(time_of "$team")"
printf "%-26s %7.1f ms  (%s)\n" "team scorecard, first" "$(awk -v t="$team_cold" 'BEGIN { print t * 1000 }')" "$team"
for r in $(seq 1 "$ROUNDS"); do
  time_of /performance | cut -d' ' -f2 >> "$tmp/board"
  time_of /performance/trends | cut -d' ' -f2 >> "$tmp/trends"
  time_of "/performance?trends=all" | cut -d' ' -f2 >> "$tmp/full"
  time_of "$team" | cut -d' ' -f2 >> "$tmp/team"
  time_of "/performance/trends?team=${team##*/}" | cut -d' ' -f2 >> "$tmp/teamtrends"
  time_of "/performance/measures/CLOCKS_OVERDUE" | cut -d' ' -f2 >> "$tmp/measure"
  time_of "/performance/workload?team=${team##*/}" | cut -d' ' -f2 >> "$tmp/workload"
done
report "board scorecard, warm" "$tmp/board"
report "board trends, warm" "$tmp/trends"
report "board with trends in page" "$tmp/full"
report "team scorecard, warm" "$tmp/team"
report "team trends, warm" "$tmp/teamtrends"
report "measure page (overdue)" "$tmp/measure"
report "team workload" "$tmp/workload"
rm -rf "$tmp" "$JAR"
