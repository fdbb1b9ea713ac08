// Round 3. A readonly record struct argument that wraps a string[]: copying the struct shares the array with every worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.StructHoldingArray;

public readonly record struct HostBatch(string[] Items) : IEnumerable<string>
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
        HostFilter.BlockOnAllWorkersAsync(pool, new HostBatch(hosts)); // expect: WEFT0007
}
