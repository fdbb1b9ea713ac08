// Per-worker metrics accumulator exported every 10 s. Defect: the exporter subscribes a System.Timers.Timer's
// Elapsed to a lambda that drains the worker's accumulator — Elapsed is raised on a thread-pool thread
// (WEFT0004 where the handler over worker state is added).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.MetricsExporterElapsed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricAccumulator
{
    private readonly Dictionary<string, double> _sums = new(StringComparer.Ordinal);

    public void Observe(string name, double value) => _sums[name] = _sums.GetValueOrDefault(name) + value;

    public List<KeyValuePair<string, double>> Drain()
    {
        var drained = new List<KeyValuePair<string, double>>(_sums);
        _sums.Clear();
        return drained;
    }
}

public sealed class PeriodicExporter : IDisposable
{
    private readonly System.Timers.Timer _timer = new(TimeSpan.FromSeconds(10));
    private readonly Action<List<KeyValuePair<string, double>>> _sink;

    public PeriodicExporter(Action<List<KeyValuePair<string, double>>> sink)
    {
        _sink = sink;
        MetricAccumulator local = MetricAccumulator.Current;
        _timer.Elapsed += (_, _) => _sink(local.Drain()); // expect: WEFT0004
        _timer.Start();
    }

    public void Dispose() => _timer.Dispose();
}
