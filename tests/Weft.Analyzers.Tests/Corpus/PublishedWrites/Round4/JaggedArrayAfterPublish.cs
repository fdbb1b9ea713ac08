// A published jagged array (weights per zone, per backend): after the publish the code writes an element of an inner
// row, a row reached through a local, every row through Array.Clear, and a row of a shallow Clone (Clone copies the
// outer array only; its rows are the published rows). All are writes into collections placed inside the published
// object (WEFT0002). Replacing a whole row of the clone writes the clone's own slot, which nobody else reads.
using System;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.JaggedArrayAfterPublish;

public sealed class ZoneWeights
{
    private readonly Slot<int[][]> _slot;

    public ZoneWeights(WorkerPool pool) => _slot = pool.AllocateSlot<int[][]>();

    public async Task<int[][]> RebalanceAsync(int[][] weights)
    {
        await _slot.PublishAsync(weights);
        weights[0][1] = 0; // expect: WEFT0002
        int[] row = weights[1];
        row[0] = 5; // expect: WEFT0002
        foreach (int[] zone in weights)
        {
            Array.Clear(zone); // expect: WEFT0002
        }

        var shallow = (int[][])weights.Clone();
        shallow[0][0] = 9; // expect: WEFT0002
        shallow[1] = new int[3];
        return shallow;
    }
}
