// Pool membership (a Dictionary of Lists) is published; a drain pass then walks it with `foreach (var (k, v) in ...)`
// deconstruction and trims each list in place. The deconstructed value is the list placed inside the published
// dictionary (WEFT0002: "a collection placed inside it").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.ForeachDeconstructPublished;

public sealed class PoolMembership
{
    private readonly Slot<Dictionary<string, List<string>>> _slot;

    public PoolMembership(WorkerPool pool) => _slot = pool.AllocateSlot<Dictionary<string, List<string>>>();

    public async Task DrainAsync(Dictionary<string, List<string>> byPool)
    {
        await _slot.PublishAsync(byPool);
        foreach (var (pool, members) in byPool)
        {
            members.RemoveAll(m => m.StartsWith("drain:")); // expect: WEFT0002
            if (members.Count == 0)
            {
                System.Console.WriteLine(pool);
            }
        }

        foreach (KeyValuePair<string, List<string>> entry in byPool)
        {
            entry.Value.TrimExcess(); // expect: WEFT0002
        }
    }
}
