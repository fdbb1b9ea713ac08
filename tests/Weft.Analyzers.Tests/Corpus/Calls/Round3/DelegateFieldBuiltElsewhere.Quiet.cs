// Round 3. The stored closure is posted to the calling worker's own dispatcher.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft.Threading;
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
        _cleanup = () => cache.Trim();
    }

    public Task RunAsync() => Dispatcher.Current!.InvokeAsync(_cleanup!);
}
