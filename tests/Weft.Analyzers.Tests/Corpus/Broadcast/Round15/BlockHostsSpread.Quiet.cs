// Round 15, WEFT0007 quiet twin: the same collection expression, into an ImmutableArray<string>.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.BlockHostsSpreadQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Blocklist
{
    private readonly HashSet<string> _blocked = [];

    [WorkerUpdate]
    public void Block(IReadOnlyList<string> hosts) => _blocked.UnionWith(hosts);
}

public sealed record BlockRequest(ImmutableArray<string> Hosts, string Reason);

public sealed class BlockHandler(WorkerPool pool)
{
    public Task HandleAsync(BlockRequest request, string caller)
    {
        ImmutableArray<string> hosts = [.. request.Hosts, caller];
        return Blocklist.BlockOnAllWorkersAsync(pool, hosts);
    }
}
