// Twin: string, an in parameter (copied to every worker) and a closed type.
using System.Collections.Generic;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateSpanOutGenericQuiet;

public readonly record struct Window(long From, long To);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsAggregator
{
    private readonly Dictionary<string, long> _counters = new();

    [WorkerUpdate] public void Reset(string prefix) => _counters.Remove(prefix);

    [WorkerUpdate] public void Roll(in Window window) => _counters["from"] = window.From;

    [WorkerUpdate] public void Tag(string tag) => _counters[tag] = 0;
}
