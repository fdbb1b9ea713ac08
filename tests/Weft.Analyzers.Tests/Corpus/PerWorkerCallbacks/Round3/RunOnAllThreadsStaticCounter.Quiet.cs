// Round 3. The static counter is incremented with Interlocked.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.RunOnAllThreadsStaticCounter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Census
{
    private static int s_visited;

    public static void Visit(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ConnectionCache>();
        slot.RunOnAllThreads(_ => Interlocked.Increment(ref s_visited));
    }
}
