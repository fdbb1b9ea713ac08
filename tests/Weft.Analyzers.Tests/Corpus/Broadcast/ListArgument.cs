// A List<string> handed to every worker at once by the generated broadcast.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.ListArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    private void AddHosts(List<string> hosts) => _hosts.UnionWith(hosts);
}

public static class Admin
{
    public static async Task AddAsync(WorkerPool pool, IEnumerable<string> lines)
    {
        var hosts = new List<string>(lines);
        await ConnectionCache.AddHostsOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
    }
}
