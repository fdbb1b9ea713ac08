// Round 3. The readonly record struct wraps an ImmutableArray: deeply immutable.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.StructHoldingArray;

public readonly record struct HostBatch(ImmutableArray<string> Items) : IEnumerable<string>
{
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private readonly System.Collections.Generic.HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(HostBatch hosts)
    {
        foreach (var host in hosts)
        {
            _blocked.Add(host);
        }
    }
}

public static class Admin
{
    public static Task BlockAsync(WorkerPool pool, string[] hosts) =>
        HostFilter.BlockOnAllWorkersAsync(pool, new HostBatch(ImmutableArray.Create(hosts)));
}
