// Round 3. The struct carries only a copied count: a value-type copy may go anywhere.
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

public readonly record struct HostView(int Hosts);

public static class Reporter
{
    public static Task ClearAsync()
    {
        var view = new HostView(ConnectionCache.Current.ByHost.Count);
        return Task.Run(() => System.Console.WriteLine(view.Hosts));
    }
}
