// Round 3. The same collection expression converted to an ImmutableArray<string> parameter.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.CollectionExpressionToList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private readonly System.Collections.Generic.HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(ImmutableArray<string> hosts)
    {
        foreach (var host in hosts)
        {
            _blocked.Add(host);
        }
    }
}

public static class Admin
{
    public static Task BlockAsync(WorkerPool pool) =>
        HostFilter.BlockOnAllWorkersAsync(pool, ["203.0.113.5", "203.0.113.6"]);
}
