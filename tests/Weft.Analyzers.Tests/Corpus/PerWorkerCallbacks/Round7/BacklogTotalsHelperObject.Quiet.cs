// Quiet twin of BacklogTotalsHelperObject: each worker adds its count to a ConcurrentBag; main sums them.
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
        var counts = new ConcurrentBag<long>();
        await Backlog.UpdateAllAsync(pool, b => counts.Add(b.Messages.Count));
        return (counts.Sum(), counts.Count);
    }
}
