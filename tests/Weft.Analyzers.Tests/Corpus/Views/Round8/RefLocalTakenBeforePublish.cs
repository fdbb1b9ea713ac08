// WEFT0002: a ref local into the array is taken before the publish and written after it.
using Weft.Slots;

namespace Corpus.Views.R8.RefLocalTakenBeforePublish;

public static class Weights
{
    public static void Publish(Slot<int[]> slot, int[] weights)
    {
        ref int first = ref weights[0];
        first = 10;
        slot.Publish(weights);
        first = 0; // expect: WEFT0002
    }
}
