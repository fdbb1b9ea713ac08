// Round 3. A closure over the worker's cache is stored in an Action field by one method and handed to Task.Run by another.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.DelegateFieldBuiltElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Cleaner
{
    private Action? _cleanup;

    public void Prepare()
    {
        var cache = ConnectionCache.Current;
        _cleanup = () => cache.Trim(); // expect: WEFT0004 #escape
    }

    public Task RunAsync() => Task.Run(_cleanup!); // expect: WEFT0004 #escape
}
