// Quiet twin of ForeachDeconstructPublished: the drain pass deconstructs the published dictionary to read it and
// builds trimmed copies into a new dictionary, which it publishes.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.ForeachDeconstructPublishedQuiet;

public sealed class PoolMembership
{
    private readonly Slot<Dictionary<string, List<string>>> _slot;

    public PoolMembership(WorkerPool pool) => _slot = pool.AllocateSlot<Dictionary<string, List<string>>>();

    public async Task DrainAsync(Dictionary<string, List<string>> byPool)
    {
        await _slot.PublishAsync(byPool);
        var next = new Dictionary<string, List<string>>(byPool.Count);
        foreach (var (pool, members) in byPool)
        {
            List<string> kept = members.Where(m => !m.StartsWith("drain:")).ToList();
            kept.TrimExcess();
            next[pool] = kept;
        }

        await _slot.PublishAsync(next);
    }
}
