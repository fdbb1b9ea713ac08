// The WEFT0004 page's example.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Doc;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Evict(string host) => _byHost.Remove(host);
}

public static class Handler
{
    public static void OnReset(string host)
    {
        var cache = ConnectionCache.Current;
        _ = Task.Run(() => cache.Evict(host)); // expect: WEFT0004
    }
}
