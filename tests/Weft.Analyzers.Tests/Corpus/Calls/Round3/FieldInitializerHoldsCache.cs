// Round 3. A field initializer of the same class reads the worker's cache; a method hands the field to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.FieldInitializerHoldsCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Flusher
{
    private readonly ConnectionCache _cache = ConnectionCache.Current;

    public Task FlushAsync() => Task.Run(() => _cache.Trim()); // expect: WEFT0004
}
