// Round 3. The value tuple carries the count and the host, both copies.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ValueTupleCarriesCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Job
{
    public static Task RunAsync(string host)
    {
        var work = (Count: ConnectionCache.Current.Count, Host: host);
        return Task.Run(() => System.Console.WriteLine(work.Host + work.Count));
    }
}
