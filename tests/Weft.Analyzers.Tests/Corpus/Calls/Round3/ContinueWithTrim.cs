// Round 3. A ContinueWith continuation (default scheduler) trims the worker's cache.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ContinueWithTrim;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Refresher
{
    public static Task AfterAsync(Task download)
    {
        var cache = ConnectionCache.Current;
        return download.ContinueWith(_ => cache.Trim()); // expect: WEFT0004
    }
}
