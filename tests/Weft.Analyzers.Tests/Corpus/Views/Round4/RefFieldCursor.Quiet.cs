// Quiet twin of RefFieldCursor: the cursor points into a stackalloc'd copy of the published weights (stack memory the
// method owns), and the zeroed copy is published as a new array.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.RefFieldCursorQuiet;

public ref struct WeightCursor
{
    public ref int Weight;

    public WeightCursor(ref int weight) => Weight = ref weight;
}

public sealed class WeightPublisher
{
    private readonly Slot<int[]> _slot;

    public WeightPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<int[]>();

    public void Publish(int[] weights, int drained)
    {
        _slot.Publish(weights);
        Span<int> scratch = stackalloc int[weights.Length];
        weights.CopyTo(scratch);
        var cursor = new WeightCursor(ref scratch[drained]);
        cursor.Weight = 0;
        _slot.Publish(scratch.ToArray());
    }
}
