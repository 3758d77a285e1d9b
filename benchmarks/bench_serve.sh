#!/usr/bin/env bash
# bench_serve: the scoring service under load on loopback. Starts `churnlens-cli serve` with the
# shipped default model on a free port and drives it with wrk (Debian's wrk, a Lua script that
# posts real customers: tests/data/telco.csv, 7,043 rows, read as a client would send them) for a
# bounded time per case:
#   POST /predict        one customer per request, 1, 8 and 64 connections
#   POST /predict-batch  1,000 customers per request, 1, 8 and 64 connections
# Prints per case: requests/s, customers/s, latency p50/p95/p99 (wrk's exact percentiles, from its
# Lua done() hook), errors (connect/read/write/timeouts and non-2xx answers), and the goal next to
# it: single predictions at 8 connections with p99 < 2 ms and >= 10,000 requests/s, no errors.
# The reference it is measured against (stored figures, not rerun): the FastAPI service the
# product replaces, 45 ms mean / 120 ms p95 at 500 requests/s.
# A benchmark, not a test: it exits 0 once it has run (2 on a usage error, 1 when the service
# does not start). wrk and the service share the machine's cores: run it on an idle machine.
#
#   bash benchmarks/bench_serve.sh [--cli PATH] [--seconds N] [--threads N] [--wrk-threads N]
#     --cli PATH        churnlens-cli to run (default build/app/churnlens-cli)
#     --seconds N       seconds per case (default 10)
#     --threads N       the service's worker threads (default: one per core)
#     --wrk-threads N   wrk's threads (default 1: the other core is the service's)
#     --factors N       reasons per customer the service gives (default: the service's own, 3)
# Per case it also prints the service's CPU time per request (from /proc, user + system), which
# does not depend on what else runs on the machine, and the load average before the case.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="$root/build/app/churnlens-cli"
seconds=10
threads=0
wrk_threads=1
factors=""
usage() { sed -n '/^#   bash/,/^#     --factors/p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) [ $# -ge 2 ] || { usage >&2; exit 2; }; cli="$2"; shift 2 ;;
    --seconds) [ $# -ge 2 ] || { usage >&2; exit 2; }; seconds="$2"; shift 2 ;;
    --threads) [ $# -ge 2 ] || { usage >&2; exit 2; }; threads="$2"; shift 2 ;;
    --wrk-threads) [ $# -ge 2 ] || { usage >&2; exit 2; }; wrk_threads="$2"; shift 2 ;;
    --factors) [ $# -ge 2 ] || { usage >&2; exit 2; }; factors="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench_serve: wrk is missing (apt-get install wrk; scripts/install-deps.sh)" >&2; exit 2; }
[ -x "$cli" ] || { echo "bench_serve: no churnlens-cli at $cli (build it, or give --cli)" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The customers as JSON, as a client sends them: numbers as numbers, blanks as null.
python3 - "$root/tests/data/telco.csv" "$work" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
numeric = {"SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges"}
def convert(r):
    o = {}
    for k, v in r.items():
        if k == "Churn":
            continue
        if k in numeric:
            v = v.strip()
            o[k] = None if v == "" else (int(v) if k in ("SeniorCitizen", "tenure") else float(v))
        else:
            o[k] = v
    return o
customers = [convert(r) for r in rows]
with open(sys.argv[2] + "/one.txt", "w") as f:
    for c in customers:
        f.write(json.dumps(c, separators=(",", ":")) + "\n")
with open(sys.argv[2] + "/batch.txt", "w") as f:
    for start in range(0, 7000, 1000):
        f.write(json.dumps(customers[start:start + 1000], separators=(",", ":")) + "\n")
PY

cat > "$work/post.lua" <<'LUA'
-- Posts the bodies of BODIES (one per line) in turn to PATH; prints exact percentiles at the end.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local path = os.getenv("PATH_TO_POST")
local headers = { ["Content-Type"] = "application/json" }
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", path, headers, bodies[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %.3f %.3f %.3f %.3f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
LUA

"$cli" serve --port 0 --threads "$threads" --max-batch 1000 ${factors:+--factors "$factors"} > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/serve.out")"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "bench_serve: the service did not start:" >&2
  cat "$work/serve.err" >&2
  exit 1
fi
# Warm up (page in the model, fill the allocator) before measuring.
BODIES="$work/one.txt" PATH_TO_POST=/predict wrk -t1 -c8 -d2s -s "$work/post.lua" "http://127.0.0.1:$port" >/dev/null

echo "bench_serve: churnlens-cli serve on 127.0.0.1:$port, default model, $(nproc) cores, service threads: ${threads/#0/one per core}, wrk threads: $wrk_threads, $seconds s per case"
# The service's CPU time so far, in clock ticks (user + system: fields 14 and 15 of /proc/PID/stat).
service_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
printf '%-15s %6s %12s %13s %8s %8s %8s %8s %7s %12s %s\n' endpoint conns requests/s customers/s p50_ms p95_ms p99_ms mean_ms errors cpu_us/req load_avg
goal_rps=""; goal_p99=""; goal_errors=""
for endpoint in /predict /predict-batch; do
  if [ "$endpoint" = /predict ]; then bodies="$work/one.txt"; per=1; else bodies="$work/batch.txt"; per=1000; fi
  for conns in 1 8 64; do
    t=$wrk_threads
    [ "$t" -gt "$conns" ] && t=$conns
    load="$(cut -d' ' -f1 /proc/loadavg)"
    before="$(service_ticks)"
    out="$(BODIES="$bodies" PATH_TO_POST="$endpoint" wrk -t"$t" -c"$conns" -d"${seconds}s" --timeout 10s -s "$work/post.lua" "http://127.0.0.1:$port")"
    read -r _ requests duration p50 p95 p99 mean socket_errors status_errors <<<"$(grep '^RESULT' <<<"$out")"
    rps="$(awk -v n="$requests" -v d="$duration" 'BEGIN { printf "%.0f", n / d }')"
    cps="$(awk -v r="$rps" -v p="$per" 'BEGIN { printf "%.0f", r * p }')"
    after="$(service_ticks)"
    cpu="$(awk -v a="$before" -v b="$after" -v n="$requests" -v hz="$ticks_per_second" 'BEGIN { printf "%.1f", (b - a) / hz * 1e6 / (n > 0 ? n : 1) }')"
    errors=$((socket_errors + status_errors))
    printf '%-15s %6d %12s %13s %8s %8s %8s %8s %7d %12s %s\n' "$endpoint" "$conns" "$rps" "$cps" "$p50" "$p95" "$p99" "$mean" "$errors" "$cpu" "$load"
    if [ "$endpoint" = /predict ] && [ "$conns" = 8 ]; then goal_rps=$rps; goal_p99=$p99; goal_errors=$errors; fi
  done
done
verdict=MET
awk -v r="$goal_rps" -v p="$goal_p99" 'BEGIN { exit !(r >= 10000 && p < 2.0) }' || verdict="NOT MET"
[ "$goal_errors" = 0 ] || verdict="NOT MET"
echo
echo "goal  /predict at 8 connections: p99 < 2 ms and >= 10,000 requests/s, no errors -> p99 $goal_p99 ms, $goal_rps requests/s, $goal_errors errors: $verdict"
echo "reference  the FastAPI service it replaces: 45 ms mean, 120 ms p95, 500 requests/s (stored figures)"
rss="$(awk '/VmHWM/ { print $2 / 1024 " MiB" }' "/proc/$server_pid/status" 2>/dev/null || true)"
echo "service peak resident memory: ${rss:-unknown}"
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
