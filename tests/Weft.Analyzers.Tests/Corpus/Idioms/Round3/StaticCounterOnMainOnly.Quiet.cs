// Round 3. A static counter incremented in startup code that runs once on the caller, not in worker code: quiet.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.StaticCounterOnMainOnly;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Startup
{
    private static int s_starts;

    public static void Configure(WorkerPool pool)
    {
        s_starts++;
        ConnectionCache.Initialize(pool, _ => new ConnectionCache());
    }
}
