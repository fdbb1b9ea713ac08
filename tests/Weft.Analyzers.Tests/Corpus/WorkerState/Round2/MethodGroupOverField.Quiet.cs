// Round 2. The method group over the field is posted to this worker's own dispatcher, which owns the stats.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.Round2.MethodGroupField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteStats
{
    public Dictionary<string, int> Hits { get; } = new();
}

public sealed class StatsExporter
{
    private RouteStats? _stats;

    public void Attach() => _stats = RouteStats.Current;

    public void ExportLater() => Dispatcher.Current!.Post(Export);

    private void Export()
    {
        if (_stats is not null)
        {
            _stats.Hits.Clear();
        }
    }
}
