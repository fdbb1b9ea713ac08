// Round 3. An instance method group of the worker's cache handed straight to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.MethodGroupTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Maintenance
{
    public static Task RunAsync()
    {
        var cache = ConnectionCache.Current;
        return Task.Run(cache.Trim); // expect: WEFT0004
    }
}
