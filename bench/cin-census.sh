#!/usr/bin/env bash
# CIN census benchmark (issue 8): against a running Beacon (e.g. the demo built with
# --beacon.demo.size=birmingham), fetches the census file through the API ROUNDS times (default 3)
# and prints, per round, the elapsed time seen by the client, the file's size and number of children,
# and the server's own figures from the response headers: the time to build, check, write and
# validate the return (X-Beacon-Elapsed-Ms, split by phase in X-Beacon-Phases-Ms), the bytes allocated by the thread that made it
# (X-Beacon-Allocated-Bytes) and the heap's peak use while it was made (X-Beacon-Peak-Heap-Bytes;
# the peak is reset at the start, so other work at the same time counts too). Then the breaches
# JSON once, for the counts. Each round makes (and logs) a numbered file.
#
#   bench/cin-census.sh [base-url] [year] [rounds]
#
# Uses HTTP Basic as the demo account quality (AUTH=user:password to change). Traffic goes only to
# the given URL.
set -euo pipefail
BASE=${1:-http://localhost:8080}
YEAR=${2:-}
ROUNDS=${3:-3}
AUTH=${AUTH:-"quality:beacon-demo-2026"}
QUERY=${YEAR:+?year=$YEAR}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
header() { grep -i "^$1:" "$tmp/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r'; }

printf "%-6s %10s %12s %9s %8s %8s %12s %16s %16s\n" round client-ms bytes children errors queries server-ms allocated-bytes peak-heap-bytes
for r in $(seq 1 "$ROUNDS"); do
  read -r code total size <<< "$(curl -s -u "$AUTH" -D "$tmp/headers" -o "$tmp/cin.xml" -w '%{http_code} %{time_total} %{size_download}' \
    "$BASE/api/v1/returns/cin-census$QUERY")"
  if [ "$code" != 200 ]; then
    echo "GET /api/v1/returns/cin-census$QUERY answered $code:" >&2
    cat "$tmp/cin.xml" >&2; echo >&2
    exit 1
  fi
  printf "%-6s %10.0f %12s %9s %8s %8s %12s %16s %16s\n" "$r" "$(awk -v t="$total" 'BEGIN { print t * 1000 }')" "$size" \
    "$(header X-Beacon-Children)" "$(header X-Beacon-Errors)" "$(header X-Beacon-Queries)" "$(header X-Beacon-Elapsed-Ms)" \
    "$(header X-Beacon-Allocated-Bytes)" "$(header X-Beacon-Peak-Heap-Bytes)"
done
echo "last round's server phases (ms): $(header X-Beacon-Phases-Ms)"
echo "file: $(grep -c '<Child>' "$tmp/cin.xml") <Child> elements, $(grep -c '<CINdetails>' "$tmp/cin.xml") <CINdetails>, serial $(header X-Beacon-Serial-No)"

read -r code total <<< "$(curl -s -u "$AUTH" -o "$tmp/breaches.json" -w '%{http_code} %{time_total}' "$BASE/api/v1/returns/cin-census/breaches$QUERY")"
if [ "$code" = 200 ]; then
  printf "breaches (a check, not logged): client %.0f ms; counts %s\n" "$(awk -v t="$total" 'BEGIN { print t * 1000 }')" \
    "$(grep -o '"counts":{[^}]*}' "$tmp/breaches.json")"
else
  echo "breaches answered $code" >&2
fi
