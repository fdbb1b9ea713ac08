// Quiet twin of ExporterLoopOnlySnapshot: the snapshot is taken on the loop, the parallel actions render copies.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus6b.ExporterLoopOnlySnapshot;

public sealed class LoopGauges
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    public void Set(string name, long value) => _values[name] = value;

    [RequiresLoopThread]
    public KeyValuePair<string, long>[] Snapshot() =>
        Dispatcher.Current is null ? throw new InvalidOperationException("not on a loop") : _values.ToArray();
}

public sealed class MultiFormatExporter
{
    private readonly LoopGauges _gauges;

    public MultiFormatExporter(LoopGauges gauges) => _gauges = gauges;

    public (string Prometheus, string Json, string Text) Export()
    {
        KeyValuePair<string, long>[] values = Array.Empty<KeyValuePair<string, long>>();
        string prometheus = "", json = "", text = "";
        values = _gauges.Snapshot();
        Parallel.Invoke(
            () => prometheus = string.Join('\n', values.Select(v => $"{v.Key} {v.Value}")),
            () => json = "{" + string.Join(',', values.Select(v => $"\"{v.Key}\":{v.Value}")) + "}",
            () => text = string.Join(Environment.NewLine, values.Select(v => $"{v.Key} = {v.Value}")));
        return (prometheus, json, text);
    }
}
