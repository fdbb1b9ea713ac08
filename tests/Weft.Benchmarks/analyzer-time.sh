#!/usr/bin/env bash
# Analyzer cost on a generated ~100k-line project that uses slots everywhere: build time with the Weft analyzers
# against without them (the generator runs in both), plus the compiler's own per-analyzer report.
#   bash tests/Weft.Benchmarks/analyzer-time.sh            (FILES=400 ≈ 120k lines; PAIRS=5 interleaved pairs; PAIRS=0: report only)
#   SHARED=1: builds through the compiler server (the SDK default); REPORTS=n: n report builds, each one's Weft total printed.
#   PAIRS=3 takes about 9 minutes on a quiet 2-core machine (one warm build, 3 pairs, one report build of ~65 s each).
# Prints every pair, the medians, the compiler's per-analyzer report and the flow engine's time per 1,000 lines.
#   PROFILE=3 bash tests/Weft.Benchmarks/analyzer-time.sh   (no builds: the engine in process over the same sources,
#       3 rounds, by Weft.Benchmarks --analyzer-profile; run that under dotnet-trace to see where the time goes;
#       BASELINE=path/to/Weft.Analyzers.dll runs another build of the engine interleaved with this one, for before/after
#       at the same load; both print the CPU time of the analyzer's callbacks, which load moves far less than wall time;
#       SELF=1 profiles the runtime's own sources, src/Weft, instead: the build compiles them with the analyzers on too;
#       WEFT_OTHERS=1 also times the other two Weft analyzers' callbacks (WEFT0001, WEFT0100-0109) in a pass of their own)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# WORK=dir keeps the generated project there (for dotnet-trace or repeated profiles); otherwise a temporary directory.
if [ -n "${WORK:-}" ]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
files="${FILES:-400}"

python3 - "$work" "$files" <<'PY'
import os, sys
work, files = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(work, "src"), exist_ok=True)
lines = 0
for f in range(files):
    out = ["using System;", "using System.Collections.Generic;", "using System.Collections.Immutable;", "using System.Threading;",
           "using System.Threading.Tasks;", "using Weft;", "using Weft.Threading;", f"namespace Load.N{f};", ""]
    out += [f"[ThreadLocalSlot] public sealed partial record Snapshot{f}(int Version, ImmutableArray<string> Hosts);", ""]
    out += [f"[ThreadLocalSlot(Mode = SlotMode.PerWorker)]", f"public sealed partial class State{f}", "{",
            "    private readonly Dictionary<string, int> _counts = new();",
            "    [WorkerUpdate] void Bump(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;",
            "    [WorkerUpdate] void Drop(string key) => _counts.Remove(key);", "    public int Count => _counts.Count;", "}", ""]
    out += [f"public static class Handlers{f}", "{"]
    for m in range(12):
        out += [f"    public static async Task<int> Handle{m}Async(WorkerPool pool, string key, int n)", "    {",
                f"        var next = new Snapshot{f}(n, ImmutableArray.Create(key, \"h{m}\"));",
                f"        await Snapshot{f}.PublishAsync(pool, next);",
                f"        await State{f}.BumpOnAllWorkersAsync(pool, key);",
                "        int total = 0;",
                "        var done = new TaskCompletionSource<int>();",
                "        pool.Workers[0].Post(() =>", "        {",
                f"            var snapshot = Snapshot{f}.Current;",
                f"            var state = State{f}.Current;",
                "            total += snapshot.Hosts.Length + state.Count;",
                "            for (int i = 0; i < snapshot.Hosts.Length; i++)", "            {",
                "                if (snapshot.Hosts[i].Length > n) { total++; }", "            }",
                "            done.SetResult(total);", "        });",
                "        int result = await done.Task;",
                f"        await State{f}.DropOnAllWorkersAsync(pool, key);",
                "        return result + Interlocked.Increment(ref s_calls);", "    }", ""]
    out += ["    private static int s_calls;", "}"]
    lines += len(out)
    open(os.path.join(work, "src", f"File{f}.cs"), "w").write("\n".join(out) + "\n")
print(f"generated {files} files, {lines} lines", file=sys.stderr)
open(os.path.join(work, "lines.txt"), "w").write(str(lines))
PY

if [ -n "${PROFILE:-}" ]; then
  echo "load before: $(uptime)"
  sources="$work/src"; if [ -n "${SELF:-}" ]; then sources="$root/src/Weft"; fi
  dotnet run -c Release --project "$root/tests/Weft.Benchmarks" -- --analyzer-profile "$sources" "$PROFILE" ${BASELINE:+"$BASELINE"}
  echo "load after: $(uptime)"
  exit 0
fi

cat >"$work/Load.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <OutputType>Library</OutputType>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/Weft/Weft.csproj" />
    <ProjectReference Include="$root/generators/Weft.Generators/Weft.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Condition="'\$(WeftAnalyzers)' != 'false'" Include="$root/analyzers/Weft.Analyzers/Weft.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
cd "$work"
echo "load before: $(uptime)"
# SHARED=1: every build through the compiler server (the SDK's default; this machine's environment sets
# UseSharedCompilation=false, so each build otherwise starts a fresh csc whose code, the analyzers' included, runs cold).
shared=()
if [ -n "${SHARED:-}" ]; then shared=(-p:UseSharedCompilation=true); trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT; fi
dotnet build -c Release -nologo -v q "${shared[@]}" >/dev/null   # warm: restore, dependencies, JIT of the build itself
time_build() { local start end; start=$(date +%s.%N); dotnet build -c Release -nologo --no-incremental -v q "${shared[@]}" "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
pairs="${PAIRS:-5}"
with=(); without=()
for _ in $(seq 1 "$pairs"); do
  without+=("$(time_build -p:WeftAnalyzers=false)")
  with+=("$(time_build)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# REPORTS=n report builds (default 1); each one's Weft analyzer total and build time are printed, the last one's report in full.
reports="${REPORTS:-1}"
for r in $(seq 1 "$reports"); do
  start=$(date +%s.%N)
  dotnet build -c Release -nologo --no-incremental -p:ReportAnalyzer=true -v d "${shared[@]}" >"$work/report.log" 2>&1
  end=$(date +%s.%N)
  weft=$(awk '/Total analyzer execution time/ { block++ } $1 ~ /^[0-9.]+$/ && / Weft\.Analyzers\.[A-Za-z]+ / { t[block] += $1 } END { m = 0; for (b in t) if (t[b] > m) m = t[b]; print m }' "$work/report.log")
  echo "report build $r: $(echo "$end - $start" | bc) s, Weft analyzers (largest project block) $weft s, load $(cut -d' ' -f1 /proc/loadavg)"
done
lines="$(cat "$work/lines.txt")"
echo "lines: $lines"
if [ "$pairs" -gt 0 ]; then
  echo "build without Weft analyzers (s): ${without[*]}  median $(median "${without[@]}")"
  echo "build with Weft analyzers (s):    ${with[*]}  median $(median "${with[@]}")"
fi
grep -E "execution time|Weft\.(Analyzers|Generators)\.[A-Za-z]+ " "$work/report.log" | awk "length < 200" | sed "s/^ *//" | sort -u | head -30
echo "load after: $(uptime)"
engine="$(grep -E "Weft\.Analyzers\.WeftFlowAnalyzer " "$work/report.log" | awk '{ print $1 }' | sort -g | tail -1)"
if [ -n "$engine" ]; then
  echo "flow engine: $engine s for $lines lines = $(echo "scale=4; $engine * 1000 / $lines" | bc) s per 1,000 lines"
fi
