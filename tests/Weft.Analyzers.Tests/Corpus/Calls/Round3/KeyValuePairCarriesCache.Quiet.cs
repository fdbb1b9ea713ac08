// Round 3. The KeyValuePair carries the host and the count only.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.KeyValuePairCarriesCache;

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
        var entry = KeyValuePair.Create(host, ConnectionCache.Current.Count);
        return Task.Run(() => System.Console.WriteLine(entry.Key + entry.Value));
    }
}
