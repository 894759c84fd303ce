#!/usr/bin/env bash
# Load run (outside the test suite): throughput and latency of the API against a bare baseline
# that runs the same queries with nothing around them, then a store of a million claims.
#   tests/load/run.sh            both parts
#   SKIP_MILLION=1 tests/load/run.sh   or   SKIP_BASELINE=1 tests/load/run.sh
# Traffic goes to 127.0.0.1 only; every wrk run is bounded to $DURATION.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
for project in src/FactCheck.Api tests/FactCheck.Baseline tests/FactCheck.Load; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
api=src/FactCheck.Api/bin/Release/net10.0/FactCheck.Api.dll
baseline=tests/FactCheck.Baseline/bin/Release/net10.0/FactCheck.Baseline.dll

start() { # name port database dll [seed]
    ConnectionStrings__FactCheck="Data Source=$3" FactCheck__SeedOnFirstStart=${5:-true} \
    FactCheck__RateLimit__PermitsPerMinute=1000000000 Logging__LogLevel__Default=Warning \
        dotnet "$4" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1 &
    for _ in $(seq 150); do curl -sf "http://127.0.0.1:$2/claims/1" >/dev/null 2>&1 && return; curl -sf "http://127.0.0.1:$2/ready" >/dev/null 2>&1 && return; sleep 0.2; done
    echo "$1 did not start"; cat "$work/$1.log"; exit 1
}

cat >"$work/post.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"sourceId":1,"quantityKey":"%s","quote":"load %d %d","qualifier":"exact","value":1300}', os.getenv("QUANTITY") or "belarus/political-prisoners/held", math.random(1, 1e9), counter)
  return wrk.format("POST", "/claims", {["Content-Type"] = "application/json", ["X-Api-Key"] = os.getenv("KEY") or ""}, body)
end
LUA

measure() { # url [script] -> "requests/s p50 p99"
    local out
    out=$(KEY=${KEY:-} QUANTITY=${QUANTITY:-belarus/political-prisoners/held} wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-s "$2"} "$1")
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}') $(echo "$out" | awk '/Non-2xx/ {print $4}')"
}

if [ -z "${SKIP_BASELINE:-}" ]; then
echo "== Throughput against the baseline (seed data; $DURATION each, $CONNECTIONS connections, wrk and server on one 2-core machine)"
db="$work/seed.db"
start api 5081 "$db" "$api"
KEY=$(ConnectionStrings__FactCheck="Data Source=$db" dotnet "$api" keys create load | tail -n 1)
export KEY
start baseline 5082 "$db" "$baseline"
printf '%-34s %12s %12s %7s %9s %9s %9s %9s\n' call api/s baseline/s ratio 'p50 api' 'p50 base' 'p99 api' 'p99 base'
for call in "get a claim by id|/claims/3" "list a quantity's claims|/claims?quantity=belarus/political-prisoners/held" \
            "a quantity's consistency report|/checks/quantities/belarus/political-prisoners/held" "create a claim|POST"; do
    name=${call%%|*}; path=${call#*|}
    if [ "$path" = POST ]; then a=($(measure "http://127.0.0.1:5081" "$work/post.lua")); b=($(measure "http://127.0.0.1:5082" "$work/post.lua"))
    else a=($(measure "http://127.0.0.1:5081$path")); b=($(measure "http://127.0.0.1:5082$path")); fi
    printf '%-34s %12s %12s %7.2f %9s %9s %9s %9s\n' "$name" "${a[0]}" "${b[0]}" "$(echo "${a[0]} / ${b[0]}" | bc -l)" "${a[1]}" "${b[1]}" "${a[2]}" "${b[2]}"
done
kill $(jobs -p); wait 2>/dev/null || true
fi

[ -n "${SKIP_MILLION:-}" ] && exit 0
echo "== A million claims over 100,000 quantities and 50,000 sources, through the bulk import"
db="$work/million.db"
start api 5081 "$db" "$api" false
KEY=$(ConnectionStrings__FactCheck="Data Source=$db" dotnet "$api" keys create load | tail -n 1)
export KEY
export QUANTITY=load/hot
dotnet tests/FactCheck.Load/bin/Release/net10.0/FactCheck.Load.dll generate http://127.0.0.1:5081 "$KEY" 1000000 100000 50000
sqlite_size=$(du -cb "$db"* | tail -n 1 | cut -f1)
echo "database size: $((sqlite_size / 1024 / 1024)) MiB"
printf '%-34s %12s %9s %9s\n' call requests/s p50 p99
for call in "get a claim by id|/claims/500000" "list a quantity's claims|/claims?quantity=load/q4242" \
            "a 1,000-claim quantity's report|/checks/quantities/load/hot" "create a claim|POST"; do
    name=${call%%|*}; path=${call#*|}
    if [ "$path" = POST ]; then a=($(measure "http://127.0.0.1:5081" "$work/post.lua")); else a=($(measure "http://127.0.0.1:5081$path")); fi
    printf '%-34s %12s %9s %9s\n' "$name" "${a[0]}" "${a[1]}" "${a[2]}"
done
