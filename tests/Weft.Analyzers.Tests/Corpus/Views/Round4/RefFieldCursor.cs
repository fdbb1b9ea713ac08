// A ref struct with a `ref` field (C# 11) walks a published weights array and zeroes a weight through its ref field.
// The docs do not say whether a write through a ref stored in a ref struct is reported where the ref is taken (the
// constructor call) or where it is written, so both lines carry the #escape marker (one report expected).
using Weft;
using Weft.Slots;

namespace Corpus.Round4.RefFieldCursor;

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
        var cursor = new WeightCursor(ref weights[drained]); // expect: WEFT0002 #escape
        cursor.Weight = 0; // expect: WEFT0002 #escape
    }
}
