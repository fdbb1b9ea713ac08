// Round 3. The field initializer stores the count (an int); the Task.Run body only logs it.
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
    private readonly int _count = ConnectionCache.Current.Count;

    public Task FlushAsync() => Task.Run(() => System.Console.WriteLine(_count));
}
