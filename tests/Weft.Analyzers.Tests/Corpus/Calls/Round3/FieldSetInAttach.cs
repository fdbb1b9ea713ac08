// Round 3. The cache is stored into a field in one method and used from Task.Run in another.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.FieldSetInAttach;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Session
{
    private ConnectionCache? _cache;

    public void Attach() => _cache = ConnectionCache.Current;

    public Task CloseAsync() => Task.Run(() => _cache?.Trim()); // expect: WEFT0004
}
