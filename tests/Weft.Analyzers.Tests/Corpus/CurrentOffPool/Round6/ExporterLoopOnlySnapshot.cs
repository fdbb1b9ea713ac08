// Metrics exporter: each worker's exporter takes a snapshot of its loop-local gauges (a member the team marked
// [RequiresLoopThread]) and renders three formats in parallel. Defect: the snapshot is taken inside one of the
// Parallel.Invoke actions, off the loop (WEFT0005 on the use of the loop-only member).
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
        Parallel.Invoke(
            () => { values = _gauges.Snapshot(); prometheus = string.Join('\n', values.Select(v => $"{v.Key} {v.Value}")); }, // expect: WEFT0005
            () => json = "{" + string.Join(',', values.Select(v => $"\"{v.Key}\":{v.Value}")) + "}",
            () => text = string.Join(Environment.NewLine, values.Select(v => $"{v.Key} = {v.Value}")));
        return (prometheus, json, text);
    }
}
