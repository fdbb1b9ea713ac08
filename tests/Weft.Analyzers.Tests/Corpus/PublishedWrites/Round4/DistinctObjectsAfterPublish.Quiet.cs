// Quiet twin of DistinctObjectsAfterPublish: the same tuple and array of lists, but after publishing one list the code
// writes only the OTHER one, through its tuple element and through its own array slot. A precise alias analysis keeps
// the two objects apart (the docs report writes to the published object and its aliases, not to its siblings).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DistinctObjectsAfterPublishQuiet;

public sealed class ShardPublisher
{
    private readonly Slot<List<int>> _slot;

    public ShardPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<int>>();

    public async Task PublishAsync(int port)
    {
        var (live, staging) = (new List<int> { port }, new List<int>());
        var shards = new List<int>[] { live, staging };
        await _slot.PublishAsync(live);
        staging.Add(port + 1);
        shards[1].Add(port + 2);
    }
}
