// The WEFT0004 page's "right" version, and a value read from the state sent anywhere.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.Doc;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);
}

public static class Handler
{
    public static void OnReset(string host)
    {
        var cache = ConnectionCache.Current;
        Dispatcher.Current!.Post(() => cache.Evict(host));
        int n = cache.Count;
        _ = Task.Run(() => System.Console.WriteLine(n));
    }
}
