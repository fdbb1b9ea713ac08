// Quiet twin of MetricsExporterElapsed: the export runs on a timer of the worker's own loop.
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
    private readonly DispatcherTimer _timer;
    private readonly Action<List<KeyValuePair<string, double>>> _sink;

    public PeriodicExporter(Action<List<KeyValuePair<string, double>>> sink)
    {
        _sink = sink;
        MetricAccumulator local = MetricAccumulator.Current;
        _timer = Dispatcher.Current!.CreateTimer(() => _sink(local.Drain()));
        _timer.Enable(TimeSpan.FromSeconds(10));
    }

    public void Dispose() => _timer.Dispose();
}
