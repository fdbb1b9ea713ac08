// Quiet twin of PendingCountLocalFunction: the local function adds with Interlocked.Add.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PendingCountLocalFunction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OutboundRouter
{
    private readonly Dictionary<string, Queue<byte[]>> _pending = new();

    public void Queue(string subscriber, byte[] message)
    {
        if (!_pending.TryGetValue(subscriber, out var q)) _pending[subscriber] = q = new Queue<byte[]>();
        q.Enqueue(message);
    }

    public int Pending
    {
        get
        {
            int n = 0;
            foreach (var q in _pending.Values) n += q.Count;
            return n;
        }
    }
}

public static class Drain
{
    public static async Task<long> PendingTotalAsync(WorkerPool pool)
    {
        long total = 0;
        void Count(OutboundRouter router) => Interlocked.Add(ref total, router.Pending);
        await OutboundRouter.UpdateAllAsync(pool, Count);
        return total;
    }
}
