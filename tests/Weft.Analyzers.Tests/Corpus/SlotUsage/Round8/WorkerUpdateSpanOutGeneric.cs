// WEFT0108: a ReadOnlySpan<char> parameter, an out parameter, a generic update.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateSpanOutGeneric;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsAggregator
{
    private readonly Dictionary<string, long> _counters = new();

    [WorkerUpdate] public void Reset(ReadOnlySpan<char> prefix) => _counters.Remove(prefix.ToString()); // expect: WEFT0108

    [WorkerUpdate] public void Drain(out long total) { total = 0; _counters.Clear(); } // expect: WEFT0108

    [WorkerUpdate] public void Tag<TTag>(TTag tag) => _counters[tag!.ToString()!] = 0; // expect: WEFT0108
}
