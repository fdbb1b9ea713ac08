// Round 2. Report place: the method group leaves in one method, the worker's state is used in another; each use of
// the stored state inside the thread-pool callback counts (group). A field keeps the worker's stats; an instance
// method group over it is queued to the thread pool.
using System.Collections.Generic;
using System.Threading;
using Weft;

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

    public void ExportInBackground() => ThreadPool.QueueUserWorkItem(Export); // expect: WEFT0004 #field

    private void Export(object? state)
    {
        if (_stats is not null) // expect: WEFT0004 #field
        {
            _stats.Hits.Clear(); // expect: WEFT0004 #field
        }
    }
}
