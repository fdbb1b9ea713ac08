// Several lists are made together (a tuple, an array of lists) and one of them is published; the code then writes the
// one that was published, reached through the tuple element it came from and through the array slot that holds it
// (WEFT0002: an alias).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DistinctObjectsAfterPublish;

public sealed class ShardPublisher
{
    private readonly Slot<List<int>> _slot;

    public ShardPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<int>>();

    public async Task PublishAsync(int port)
    {
        var (live, staging) = (new List<int> { port }, new List<int>());
        var shards = new[] { live, staging };
        await _slot.PublishAsync(live);
        shards[0].Add(port + 1); // expect: WEFT0002
        live.Add(port + 2); // expect: WEFT0002
        staging.Add(port);
    }
}
