// Round 3. The posted callback only stores the latest value with Volatile.Write (a plain write, no read of the old value).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Idioms.Round3.ExpandedReadModifyWrite;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Totals
{
    private static long s_bytes;

    public static void Count(WorkerPool pool, long n)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => Volatile.Write(ref s_bytes, n));
        }
    }
}
