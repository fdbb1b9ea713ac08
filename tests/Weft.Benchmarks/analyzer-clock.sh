#!/usr/bin/env bash
# What ReportAnalyzer's figure for the flow engine is made of, in the real compiler: runs the load project's own csc
# command (from analyzer-time.sh) with tests/Weft.AnalyzerClock in place of Weft.Analyzers.dll, which runs the same
# engine and splits the wall time of its callbacks (what ReportAnalyzer adds up) into CPU, run-queue wait (runnable,
# no core free), other waiting, and JIT time. Linux only (/proc/thread-self/schedstat).
#   WORK=/tmp/at RUNS=3 bash tests/Weft.Benchmarks/analyzer-clock.sh
#   BASELINE=path/to/Weft.Analyzers.dll   another build of the engine, interleaved run by run (before/after at one load)
#   SPLIT=1                               also charge the graphs (body, lambdas) apart: built first, then the engine runs
#   ENVS="DOTNET_TieredPGO=0"             runtime settings for the compiler process (diagnosis only: a build cannot ship them)
# The compiler runs as its own process (as with UseSharedCompilation=false): the clock is written when it exits.
# The first run in a WORK directory generates the project and runs one report build (~2 min quiet) to get the command.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${WORK:?WORK=dir: where the load project is (or will be) generated}"
runs="${RUNS:-3}"
mkdir -p "$work"
if [ ! -f "$work/report.log" ]; then
  WORK="$work" PAIRS=0 bash "$root/tests/Weft.Benchmarks/analyzer-time.sh"
fi

# The Load project's compiler command, replayed: same sources, references, generators and other analyzers; only the
# Weft analyzers are swapped for the clocked engine (and the output goes aside).
command_line="$(grep -E "bincore/csc .*/out:obj/Release/net10.0/Load.dll" "$work/report.log" | tail -1 | sed 's/^ *//')"
[ -n "$command_line" ] || { echo "no csc command for Load.dll in $work/report.log (run analyzer-time.sh with WORK=$work PAIRS=0 first)" >&2; exit 1; }
csc="${command_line%% *}"
mkdir -p "$work/clock-out"
printf '%s\n' ${command_line#* } | grep -v -E "Weft\.Analyzers\.dll|^/out:|^/refout:|^/reportanalyzer" >"$work/clock.rsp"
echo "/out:$work/clock-out/Load.dll" >>"$work/clock.rsp"

dotnet build "$root/analyzers/Weft.Analyzers/Weft.Analyzers.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$root/tests/Weft.AnalyzerClock/Weft.AnalyzerClock.csproj" -c Release -nologo -v q >/dev/null
variant() { mkdir -p "$work/clock-$1"; cp "$root/tests/Weft.AnalyzerClock/bin/Release/netstandard2.0/Weft.AnalyzerClock.dll" "$2" "$work/clock-$1/"; }
variants=(this)
variant this "$root/analyzers/Weft.Analyzers/bin/Release/netstandard2.0/Weft.Analyzers.dll"
if [ -n "${BASELINE:-}" ]; then variants+=(baseline); variant baseline "$BASELINE"; fi

cd "$work"
echo "load before: $(uptime)"
for run in $(seq 1 "$runs"); do
  for name in "${variants[@]}"; do
    out="$work/clock-$name-$run.txt"; rm -f "$out"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    start=$(date +%s.%N)
    env ${ENVS:-} WEFT_CLOCK_OUT="$out" WEFT_CLOCK_SPLIT="${SPLIT:-0}" "$csc" @"$work/clock.rsp" /reportanalyzer /analyzer:"$work/clock-$name/Weft.AnalyzerClock.dll" >"$work/clock-$name-$run.log" 2>&1 || { tail -20 "$work/clock-$name-$run.log"; exit 1; }
    end=$(date +%s.%N)
    reported="$(grep -E "Weft\.AnalyzerClock\.ClockedFlowAnalyzer " "$work/clock-$name-$run.log" | awk '{ print $1 }' | head -1)"
    echo "run $run $name: load $load, csc $(printf '%.1f' "$(echo "$end - $start" | bc)") s, ReportAnalyzer ${reported} s"
    if [ -f "$out" ]; then sed 's/^/    /' "$out"; else echo "    no clock written: see $work/clock-$name-$run.log"; fi
  done
done
echo "load after: $(uptime)"
