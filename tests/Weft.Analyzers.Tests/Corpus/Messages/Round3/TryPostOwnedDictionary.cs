// Round 3. What the cache owns (its dictionary) is captured by a callback posted with TryPost to another dispatcher.
using System.Collections.Generic;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.TryPostOwnedDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Forwarder
{
    public static bool Forward(Dispatcher other, string host)
    {
        var map = ConnectionCache.Current.ByHost;
        return other.TryPost(() => map.Remove(host)); // expect: WEFT0004
    }
}
