// Short handler: a per-worker rate limiter counts rejections in a static total for the admin page with
// Interlocked.Add (quiet twin of LimiterRejectCounter).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R16.LimiterRejectCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    public static long RejectedTotal;
    private readonly Dictionary<string, int> _used = new();

    public bool TryAcquire(string client, int limit, int cost)
    {
        int used = _used.GetValueOrDefault(client);
        if (used + cost <= limit) { _used[client] = used + cost; return true; }
        Interlocked.Add(ref RejectedTotal, cost);
        return false;
    }
}
