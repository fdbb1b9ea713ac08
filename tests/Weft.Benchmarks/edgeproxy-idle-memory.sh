#!/usr/bin/env bash
# Memory per idle proxied connection: EdgeProxy (its own process) in front of an upstream that accepts and holds
# connections without reading; N clients connect through the proxy and stay idle. Prints the growth of the proxy's
# resident memory (managed heap + native, from /proc/PID/status VmRSS) divided by N. Kernel socket buffers are not
# in RSS and not counted.
#   CONNECTIONS=2000 bash tests/Weft.Benchmarks/edgeproxy-idle-memory.sh      (needs python3; no other tool)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
connections="${CONNECTIONS:-2000}"
workers="$(nproc)" # EdgeProxy runs one worker per core
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
ulimit -n "$(ulimit -Hn)"

dotnet build -c Release "$root/samples/EdgeProxy" -nologo -v q >/dev/null
upstream_port=$((20000 + RANDOM % 20000)); listen_port=$((upstream_port + 1)); admin_port=$((upstream_port + 2))
cat >"$work/edge.json" <<JSON
{ "listeners": [ { "name": "edge", "address": "127.0.0.1:$listen_port", "cluster": "idle" } ],
  "clusters": [ { "name": "idle", "endpoints": [ "127.0.0.1:$upstream_port" ] } ],
  "admin": { "address": "127.0.0.1:$admin_port" } }
JSON

cat >"$work/hold.py" <<'PY'
import socket, sys, threading, time, os
upstream_port, listen_port, n, proxy_pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
held_up = []
ls = socket.socket(); ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); ls.bind(('127.0.0.1', upstream_port)); ls.listen(4096)
def accept():
    while True:
        c, _ = ls.accept(); held_up.append(c)
threading.Thread(target=accept, daemon=True).start()
def rss_kb():
    for line in open(f'/proc/{proxy_pid}/status'):
        if line.startswith('VmRSS:'): return int(line.split()[1])
def settle(expected):
    deadline = time.time() + 120
    while len(held_up) < expected and time.time() < deadline: time.sleep(0.05)
    if len(held_up) < expected: sys.exit(f'only {len(held_up)} of {expected} upstream connections arrived')
    time.sleep(1.0)
# warm-up: code paths, pools and first-use allocations, then closed again
warm = [socket.create_connection(('127.0.0.1', listen_port)) for _ in range(200)]
settle(200)
for s in warm: s.close()
for s in held_up: s.close()
held_up.clear(); time.sleep(2.0)
before = rss_kb()
clients = []
for i in range(n):
    clients.append(socket.create_connection(('127.0.0.1', listen_port)))
settle(n)
after = rss_kb()
print(f'{n} idle proxied connections: proxy RSS {before} KB -> {after} KB, {(after - before) * 1024 / n:.0f} bytes per connection')
PY

DOTNET_gcServer=0 dotnet "$root/samples/EdgeProxy/bin/Release/net10.0/EdgeProxy.dll" --config "$work/edge.json" >"$work/edge.log" 2>&1 & proxy=$!; pids+=($proxy)
for _ in $(seq 1 100); do if (exec 3<>/dev/tcp/127.0.0.1/$listen_port) 2>/dev/null; then break; fi; sleep 0.1; done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $workers workers, load:$(uptime | sed 's/.*load average://')"
python3 "$work/hold.py" "$upstream_port" "$listen_port" "$connections" "$proxy"
