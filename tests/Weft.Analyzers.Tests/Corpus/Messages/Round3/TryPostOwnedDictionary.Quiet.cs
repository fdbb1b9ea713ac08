// Round 3. The callback posted to the other dispatcher reads that worker's own cache there, through Current.
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
    public static bool Forward(Dispatcher other, string host) =>
        other.TryPost(() => ConnectionCache.Current.ByHost.Remove(host));
}
