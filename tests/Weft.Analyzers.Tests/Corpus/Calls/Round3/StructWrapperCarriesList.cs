// Round 3. A struct wrapper copies the reference to the dictionary of the cache; the copy goes to Task.Run and still points at the worker's dictionary.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.StructWrapperCarriesList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public readonly record struct HostView(Dictionary<string, int> Hosts);

public static class Reporter
{
    public static Task ClearAsync()
    {
        var view = new HostView(ConnectionCache.Current.ByHost);
        return Task.Run(() => view.Hosts.Clear()); // expect: WEFT0004
    }
}
