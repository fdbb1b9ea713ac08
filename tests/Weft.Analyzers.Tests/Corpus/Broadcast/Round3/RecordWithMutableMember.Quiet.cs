// Round 3. The sealed positional record holds an ImmutableArray: deeply immutable.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.RecordWithMutableMember;

public sealed record BlockRequest(string Reason, ImmutableArray<string> Hosts) : IEnumerable<string>
{
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Hosts).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private readonly System.Collections.Generic.HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(BlockRequest hosts)
    {
        foreach (var host in hosts)
        {
            _blocked.Add(host);
        }
    }
}

public static class Admin
{
    public static Task BlockAsync(WorkerPool pool, List<string> hosts) =>
        HostFilter.BlockOnAllWorkersAsync(pool, new BlockRequest("abuse", hosts.ToImmutableArray()));
}
