// Quiet twin of WorkerUpdateArgumentWrittenAfter: the [WorkerUpdate] takes an ImmutableArray, and the caller edits a
// copy of its own afterwards.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.WorkerUpdateArgumentWrittenAfterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Evict(ImmutableArray<string> hosts)
    {
        foreach (var host in hosts)
        {
            _byHost.Remove(host);
        }
    }
}

public static class Eviction
{
    public static async Task<string[]> EvictAsync(WorkerPool pool, ImmutableArray<string> hosts)
    {
        await ConnectionCache.EvictOnAllWorkersAsync(pool, hosts);
        string[] remaining = hosts.ToArray();
        remaining[0] = "";
        return remaining;
    }
}
