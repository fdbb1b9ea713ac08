#!/usr/bin/env bash
# Screenshots EdgeProxy's admin stats page (http://127.0.0.1:9901/) after some traffic, with headless Chromium, into
# docs/stats-page.png (shown by the README). Runs EdgeProxy on its embedded default config (listener 127.0.0.1:10000,
# admin 127.0.0.1:9901: both must be free).
#   bash tests/Weft.Benchmarks/stats-page-screenshot.sh        (needs chromium: apt-get install chromium)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-$root/docs/stats-page.png}"
connections="${CONNECTIONS:-300}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium not found: apt-get install chromium" >&2; exit 1; }
work="$(mktemp -d)"
proxy=""
cleanup() { if [ -n "$proxy" ]; then kill "$proxy" 2>/dev/null || true; wait "$proxy" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release "$root/samples/EdgeProxy" -nologo -v q >/dev/null
dotnet "$root/samples/EdgeProxy/bin/Release/net10.0/EdgeProxy.dll" >"$work/edge.log" 2>&1 &
proxy=$!
for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/9901) 2>/dev/null; then break; fi
  sleep 0.1
done

# Short echo connections through the proxy, a few at a time, so every worker has some and the histograms fill.
clients=()
for i in $(seq 1 "$connections"); do
  (
    exec 3<>/dev/tcp/127.0.0.1/10000
    printf 'hello %s\n' "$i" >&3
    timeout 2 head -n 1 <&3 >/dev/null || true
  ) &
  clients+=($!)
  if (( i % 8 == 0 )); then wait "${clients[@]}"; clients=(); fi
done
if (( ${#clients[@]} > 0 )); then wait "${clients[@]}"; fi

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,900 \
  --screenshot="$out" "http://127.0.0.1:9901/" >"$work/chromium.log" 2>&1
echo "wrote $out ($(du -h "$out" | cut -f1))"
