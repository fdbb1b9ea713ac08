// Round 3. The live key collection of the worker's dictionary goes to Task.Run and is enumerated there while the worker changes the dictionary.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.CopiedKeysToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Exporter
{
    public static Task ExportAsync()
    {
        var hosts = ConnectionCache.Current.ByHost.Keys;
        return Task.Run(() => System.IO.File.WriteAllLines("hosts.txt", hosts)); // expect: WEFT0004
    }
}
