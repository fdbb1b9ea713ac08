// Round 15, WEFT0007, a short request handler: it builds the hosts to block with a collection expression (the request's
// hosts spread plus the caller's address) and broadcasts them with the generated [WorkerUpdate] poster. The one detail:
// the local is a List<string>, so every worker gets the same mutable list.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.BlockHostsSpread;

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
        List<string> hosts = [.. request.Hosts, caller];
        return Blocklist.BlockOnAllWorkersAsync(pool, hosts); // expect: WEFT0007
    }
}
