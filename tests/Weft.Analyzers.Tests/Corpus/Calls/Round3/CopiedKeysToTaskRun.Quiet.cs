// Round 3. The keys are copied into a new array on the worker; only the copy goes to Task.Run.
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
        string[] hosts = ConnectionCache.Current.ByHost.Keys.ToArray();
        return Task.Run(() => System.IO.File.WriteAllLines("hosts.txt", hosts));
    }
}
