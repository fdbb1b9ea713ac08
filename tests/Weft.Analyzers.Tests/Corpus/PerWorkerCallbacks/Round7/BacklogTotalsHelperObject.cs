// Chat broker: main totals every worker's backlog with an update that calls Add on a captured Totals object; Add
// changes the object's fields (a captured local's object mutated through its own method). Twin: each worker adds its
// count to a ConcurrentBag (a concurrent collection captured: quiet by the page) and main sums them.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BacklogTotalsHelperObject;

public sealed class Totals
{
    private long _messages;
    private int _workers;

    public void Add(long messages)
    {
        _messages += messages;
        _workers++;
    }

    public (long Messages, int Workers) Read() => (_messages, _workers);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backlog
{
    public Queue<string> Messages { get; } = new();
}

public static class BacklogReport
{
    public static async Task<(long, int)> CollectAsync(WorkerPool pool)
    {
        var totals = new Totals();
        await Backlog.UpdateAllAsync(pool, b => totals.Add(b.Messages.Count)); // expect: WEFT0008
        return totals.Read();
    }
}
