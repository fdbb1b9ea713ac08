#!/usr/bin/env bash
# EdgeProxy against HAProxy (mode tcp, same thread count), side by side, in front of the same redis-server, under the
# same redis-benchmark load. Prints one markdown table: requests/s and p99 per target and load.
#   bash tests/Weft.Benchmarks/edgeproxy-vs-haproxy.sh        (needs redis-server, redis-tools, haproxy: apt-get install)
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
cat >"$work/edge.json" <<JSON
{ "listeners": [ { "name": "edge", "address": "127.0.0.1:16380", "cluster": "redis" } ],
  "clusters": [ { "name": "redis", "endpoints": [ "127.0.0.1:16379" ] } ],
  "admin": { "address": "127.0.0.1:16390" } }
JSON
DOTNET_gcServer=0 dotnet "$root/samples/EdgeProxy/bin/Release/net10.0/EdgeProxy.dll" --config "$work/edge.json" >"$work/edge.log" 2>&1 & pids+=($!)

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

for port in 16379 16380 16381; do
  up=""
  for _ in $(seq 1 100); do if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then up=1; break; fi; sleep 0.1; done
  if [ -z "$up" ]; then echo "nothing listens on $port:" >&2; cat "$work"/*.log >&2; exit 1; fi
done

# rps and p99 (ms) of one test from redis-benchmark --csv
measure() { # port pipeline test
  redis-benchmark -h 127.0.0.1 -p "$1" -n "$requests" -c 50 -P "$2" -t "$3" --csv 2>/dev/null \
    | awk -F'"' -v t="$(echo "$3" | tr a-z A-Z)" '$2==t { print $4, $14 }'
}

echo "| load | target | requests/s (best of $rounds) | p99 ms (at best) |"
echo "|---|---|---:|---:|"
for load in "get 16" "set 16" "get 1"; do
  set -- $load
  for target in "redis direct:16379" "EdgeProxy:16380" "HAProxy $(haproxy -v | head -1 | awk '{print $3}'):16381"; do
    name="${target%:*}"; port="${target##*:}"
    best=""; bestp99=""
    for _ in $(seq 1 "$rounds"); do
      read -r rps p99 < <(measure "$port" "$2" "$1")
      if [ -z "$best" ] || awk -v a="$rps" -v b="$best" 'BEGIN { exit !(a > b) }'; then best="$rps"; bestp99="$p99"; fi
    done
    echo "| -t $1 -c 50 -P $2 | $name | $best | $bestp99 |"
  done
done
