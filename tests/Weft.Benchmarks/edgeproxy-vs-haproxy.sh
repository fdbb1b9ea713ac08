#!/usr/bin/env bash
# EdgeProxy against HAProxy (mode tcp, same thread count), side by side, in front of the same redis-server, under the
# same redis-benchmark load. Prints one markdown table: requests/s and p99 per target and load.
#   bash tests/Weft.Benchmarks/edgeproxy-vs-haproxy.sh        (needs redis-server, redis-tools, haproxy: apt-get install)
#   ROUNDS=5 WARMUP=0 bash tests/Weft.Benchmarks/edgeproxy-vs-haproxy.sh   (more rounds; no warm-up run)
#   BALANCE=kernel|exact ...   (EdgeProxy's listener balance; unset: its default). Each EdgeProxy run's new connections
#   per worker (edge.worker.downstream_cx_total deltas from the admin /stats) are printed after the table.
#   EDGE_ENV2="DOTNET_TieredCompilation=0" ...   (a second EdgeProxy with those environment settings, measured in the
#   same alternating rounds: a runtime setting compared at the same load)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
threads="${THREADS:-$(nproc)}"
requests="${REQUESTS:-200000}"
rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

redis-server --port 16379 --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 & pids+=($!)

dotnet build -c Release "$root/samples/EdgeProxy" -nologo -v q >/dev/null
balance_json=""
if [ -n "${BALANCE:-}" ]; then balance_json=", \"balance\": \"$BALANCE\""; fi
cat >"$work/edge.json" <<JSON
{ "listeners": [ { "name": "edge", "address": "127.0.0.1:16380", "cluster": "redis"$balance_json } ],
  "clusters": [ { "name": "redis", "endpoints": [ "127.0.0.1:16379" ] } ],
  "admin": { "address": "127.0.0.1:16390" } }
JSON
DOTNET_gcServer=0 dotnet "$root/samples/EdgeProxy/bin/Release/net10.0/EdgeProxy.dll" --config "$work/edge.json" >"$work/edge.log" 2>&1 & pids+=($!)
ports="16379 16380 16381"
targets=("redis direct:16379" "EdgeProxy:16380")
if [ -n "${EDGE_ENV2:-}" ]; then
  sed -e 's/16380/16382/' -e 's/16390/16391/' "$work/edge.json" >"$work/edge2.json"
  env DOTNET_gcServer=0 $EDGE_ENV2 dotnet "$root/samples/EdgeProxy/bin/Release/net10.0/EdgeProxy.dll" --config "$work/edge2.json" >"$work/edge2.log" 2>&1 & pids+=($!)
  ports="$ports 16382"
  targets+=("EdgeProxy $EDGE_ENV2:16382")
fi

cat >"$work/haproxy.cfg" <<CFG
global
  nbthread $threads
  maxconn 4000
defaults
  mode tcp
  timeout connect 1s
  timeout client 60s
  timeout server 60s
frontend fe
  bind 127.0.0.1:16381
  default_backend be
backend be
  server redis 127.0.0.1:16379
CFG
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 & pids+=($!)

for port in $ports; do
  up=""
  for _ in $(seq 1 100); do if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then up=1; break; fi; sleep 0.1; done
  if [ -z "$up" ]; then echo "nothing listens on $port:" >&2; cat "$work"/*.log >&2; exit 1; fi
done

# rps and p99 (ms) of one test from redis-benchmark --csv
measure() { # port pipeline test
  redis-benchmark -h 127.0.0.1 -p "$1" -n "$requests" -c 50 -P "$2" -t "$3" --csv 2>/dev/null \
    | awk -F'"' -v t="$(echo "$3" | tr a-z A-Z)" '$2==t { print $4, $14 }'
}

# One unmeasured run per target and load first (WARMUP=0 skips it): EdgeProxy's JIT tiers its hot paths up during
# its first runs, which HAProxy (compiled ahead of time) never pays; a long-running proxy is past that.
if [ "${WARMUP:-1}" != "0" ]; then
  for load in "get 16" "set 16" "get 1"; do
    set -- $load
    for port in $ports; do measure "$port" "$2" "$1" >/dev/null; done
  done
fi

# EdgeProxy's connections so far, per worker (space-separated, in worker order), from its admin /stats.
worker_connections() {
  local counts=""
  for _ in 1 2 3 4 5; do
    counts="$( (exec 3<>/dev/tcp/127.0.0.1/16390; printf 'GET /stats HTTP/1.0\r\n\r\n' >&3; cat <&3) 2>/dev/null \
      | grep -a '^edge.worker.downstream_cx_total{' | sort | awk -F': ' '{ printf "%s%s", (NR > 1 ? " " : ""), $2 }')"
    [ -n "$counts" ] && break
    sleep 0.2
  done
  echo "$counts"
}
: >"$work/spread"

echo "load: $(uptime)"
# Rounds alternate between the targets (round 1 of each, then round 2 of each, ...), so a change in the machine's
# load meets every target alike. Best = the round with the most requests/s (its p99 beside it); the lowest p99 of all
# rounds is the same "best of" rule applied to the latency; medians over all rounds.
haproxy_name="HAProxy $(haproxy -v | awk 'NR == 1 { print $3 }')"  # awk reads to the end: head would close the pipe and pipefail turn haproxy's SIGPIPE into an exit
targets+=("$haproxy_name:16381")
echo "| load | target | requests/s (best of $rounds) | p99 ms (at best) | p99 ms (lowest of $rounds) | requests/s median | p99 ms median |"
echo "|---|---|---:|---:|---:|---:|---:|"
for load in "get 16" "set 16" "get 1"; do
  set -- $load
  : >"$work/rounds"
  for round in $(seq 1 "$rounds"); do
    for target in "${targets[@]}"; do
      [ "${target%:*}" = "EdgeProxy" ] && before="$(worker_connections)"
      read -r rps p99 < <(measure "${target##*:}" "$2" "$1")
      echo "${target%:*}|$rps|$p99" >>"$work/rounds"
      if [ "${target%:*}" = "EdgeProxy" ]; then
        after="$(worker_connections)"
        echo "-t $1 -P $2 round $round: $(paste -d'|' <(echo "$before" | tr ' ' '\n') <(echo "$after" | tr ' ' '\n') | awk -F'|' '{ printf "%s%d", (NR > 1 ? "/" : ""), $2 - $1 }')" >>"$work/spread"
      fi
    done
  done
  for target in "${targets[@]}"; do
    name="${target%:*}"
    awk -F'|' -v n="$name" -v load="-t $1 -c 50 -P $2" '
      function median(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
      $1 == n { k++; r[k] = $2; p[k] = $3; if (k == 1 || $2 + 0 > best + 0) { best = $2; bestp = $3 } if (k == 1 || $3 + 0 < lowp + 0) { lowp = $3 } }
      END { printf "| %s | %s | %s | %s | %s | %.0f | %.3f |\n", load, n, best, bestp, lowp, median(r, k), median(p, k) }' "$work/rounds"
  done
done
echo "load: $(uptime)"
echo
echo "EdgeProxy (balance: ${BALANCE:-default}) new connections per worker, each measured run:"
cat "$work/spread"
