// Round 3. The posted callback increments with Interlocked.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Idioms.Round3.PostedCallbackIncrementsStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Hits
{
    private static long s_hits;

    public static void Record(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => Interlocked.Increment(ref s_hits));
        }
    }
}
