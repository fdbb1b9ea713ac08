// Round 3. The same method group posted to the worker's own dispatcher.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Threading;
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
        return Dispatcher.Current!.InvokeAsync(cache.Trim);
    }
}
