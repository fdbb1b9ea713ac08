// Round 3. The extension method trims inline and returns a completed task: nothing leaves the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ExtensionRunsInBackground;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class CacheExtensions
{
    public static Task TrimInBackground(this ConnectionCache cache)
    {
        cache.Trim();
        return Task.CompletedTask;
    }
}

public static class Maintenance
{
    public static Task RunAsync() => ConnectionCache.Current.TrimInBackground();
}
