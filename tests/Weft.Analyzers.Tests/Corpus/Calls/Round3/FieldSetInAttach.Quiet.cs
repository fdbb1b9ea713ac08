// Round 3. The field holds the count of the cache (an int); only that value goes to Task.Run.
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
    private int _seen;

    public void Attach() => _seen = ConnectionCache.Current.Count;

    public Task CloseAsync() => Task.Run(() => System.Console.WriteLine(_seen));
}
