#!/usr/bin/env bash
# What each proxy spends per request, measured from the kernel's counters (load-independent, unlike requests/s and
# p99 on a shared machine): CPU time (task-clock), context switches and system calls per request, by call, for
# EdgeProxy and HAProxy (mode tcp, same thread count) in front of the same redis-server, rounds interleaved.
#   bash tests/Weft.Benchmarks/edgeproxy-cost.sh      (needs redis-server, redis-tools, haproxy, perf)
#   ROUNDS=2 REQUESTS=200000 LOADS="get:16 set:16 get:1" bash tests/Weft.Benchmarks/edgeproxy-cost.sh
#   BEFORE=/path/to/EdgeProxy/bin/Release/net10.0 ...   also measures that build (e.g. an older commit's), same run
# Every target gets one unmeasured warm-up run per load first (EdgeProxy's JIT tiers up; HAProxy has none).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
threads="${THREADS:-$(nproc)}"
requests="${REQUESTS:-200000}"
rounds="${ROUNDS:-2}"
loads="${LOADS:-get:16 set:16 get:1}"
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
edge_pid=$!
before_pid=""
if [ -n "${BEFORE:-}" ]; then
  sed 's/16380/16382/; s/16390/16392/' "$work/edge.json" >"$work/before.json"
  DOTNET_gcServer=0 dotnet "$BEFORE/EdgeProxy.dll" --config "$work/before.json" >"$work/before.log" 2>&1 & pids+=($!)
  before_pid=$!
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
haproxy_pid=$!

ports="16379 16380 16381"; [ -n "$before_pid" ] && ports="$ports 16382"
for port in $ports; do
  up=""
  for _ in $(seq 1 100); do if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then up=1; break; fi; sleep 0.1; done
  if [ -z "$up" ]; then echo "nothing listens on $port:" >&2; cat "$work"/*.log >&2; exit 1; fi
done

calls="recvfrom sendto recvmsg sendmsg read write readv writev epoll_wait epoll_pwait epoll_ctl futex sched_yield poll getsockopt setsockopt accept4 clock_nanosleep"
events="task-clock,context-switches,raw_syscalls:sys_enter"
for c in $calls; do events="$events,syscalls:sys_enter_$c"; done

# One redis-benchmark run against a proxy, with perf counting that proxy's threads meanwhile.
# Prints: rps p99 then "event=count" pairs.
measure() { # pid port pipeline test
  local out="$work/perf.$RANDOM"
  perf stat -x, -e "$events" -p "$1" -o "$out" 2>/dev/null & local perf_pid=$!
  sleep 0.3
  local result
  result="$(redis-benchmark -h 127.0.0.1 -p "$2" -n "$requests" -c 50 -P "$3" -t "$4" --csv 2>/dev/null \
    | awk -F'"' -v t="$(echo "$4" | tr a-z A-Z)" '$2==t { print $4, $14 }')"
  kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true
  echo -n "$result"
  awk -F, '$1 ~ /^[0-9.]+$/ { sub(/^syscalls:sys_enter_/, "", $3); sub(/^raw_syscalls:sys_enter/, "syscalls", $3); printf " %s=%s", $3, $1 }' "$out"
  echo
}

targets="EdgeProxy:$edge_pid:16380 HAProxy:$haproxy_pid:16381"
[ -n "$before_pid" ] && targets="EdgeProxy-before:$before_pid:16382 $targets"
for load in $loads; do
  for target in $targets; do
    IFS=: read -r name pid port <<<"$target"
    redis-benchmark -h 127.0.0.1 -p "$port" -n "$requests" -c 50 -P "${load#*:}" -t "${load%:*}" -q >/dev/null 2>&1
  done
done

echo "load: $(uptime)"
echo
echo "| load | proxy | round | requests/s | p99 ms | CPU µs/request | syscalls/request | ctx switches/request | main calls per request |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
for load in $loads; do
  test="${load%:*}"; pipeline="${load#*:}"
  for round in $(seq 1 "$rounds"); do
    for target in $targets; do
      IFS=: read -r name pid port <<<"$target"
      line="$(measure "$pid" "$port" "$pipeline" "$test")"
      echo "$line" | awk -v n="$requests" -v name="$name" -v load="-t $test -P $pipeline" -v round="$round" '{
        rps=$1; p99=$2; detail="";
        for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        for (k in v) if (k != "task-clock" && k != "context-switches" && k != "syscalls" && v[k] / n >= 0.05) detail = detail sprintf("%s %.2f, ", k, v[k] / n);
        printf "| %s | %s | %d | %s | %s | %.2f | %.2f | %.3f | %s |\n", load, name, round, rps, p99, v["task-clock"] * 1000 / n, v["syscalls"] / n, v["context-switches"] / n, detail
      }'
    done
  done
done
echo
echo "load: $(uptime)"
