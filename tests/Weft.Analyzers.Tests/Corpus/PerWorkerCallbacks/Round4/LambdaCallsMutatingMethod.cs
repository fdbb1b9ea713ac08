// WEFT0008: the every-thread callback is a lambda that calls an instance method of the caller; that method appends to
// the caller's field (page: "mutates … an instance field (or what they hold)"; issue 10, Calls: a callee's summary says
// what it writes). #escape: the report may sit on the call in the callback or on the write in the method.
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
        _perWorker.Clear();
        await ListenerStats.UpdateAllAsync(pool, s => Record(s.Accepted)); // expect: WEFT0008 #escape
        return _perWorker;
    }

    void Record(int accepted) => _perWorker.Add(accepted); // expect: WEFT0008 #escape
}
