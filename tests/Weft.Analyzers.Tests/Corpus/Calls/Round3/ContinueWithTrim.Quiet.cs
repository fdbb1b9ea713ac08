// Round 3. A plain await resumes on the worker, where the cache is trimmed.
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
    public static async Task AfterAsync(Task download)
    {
        var cache = ConnectionCache.Current;
        await download;
        cache.Trim();
    }
}
