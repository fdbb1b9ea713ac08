// Quiet twin of LambdaCallsMutatingMethod: the method records under a lock (page: writes under lock stay quiet).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.LambdaCallsMutatingMethod;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ListenerStats
{
    public int Accepted { get; set; }
}

public sealed class AcceptReport
{
    readonly List<int> _perWorker = new();

    public async Task<IReadOnlyList<int>> CollectAsync(WorkerPool pool)
    {
        lock (_perWorker) _perWorker.Clear();
        await ListenerStats.UpdateAllAsync(pool, s => Record(s.Accepted));
        return _perWorker;
    }

    void Record(int accepted)
    {
        lock (_perWorker) _perWorker.Add(accepted);
    }
}
