// Quiet twin of JaggedArrayAfterPublish: the rebalance deep-copies the published jagged array (every row copied) and
// writes the copy's rows before publishing the copy.
using System;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.JaggedArrayAfterPublishQuiet;

public sealed class ZoneWeights
{
    private readonly Slot<int[][]> _slot;

    public ZoneWeights(WorkerPool pool) => _slot = pool.AllocateSlot<int[][]>();

    public async Task<int[][]> RebalanceAsync(int[][] weights)
    {
        await _slot.PublishAsync(weights);
        int[][] next = weights.Select(r => r.ToArray()).ToArray();
        next[0][1] = 0;
        int[] row = next[1];
        row[0] = 5;
        foreach (int[] zone in next)
        {
            Array.Clear(zone);
        }

        next[1] = new int[3];
        await _slot.PublishAsync(next);
        return next;
    }
}
