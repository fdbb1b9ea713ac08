// Twin: the ref local is re-pointed at a private array before the later write.
using Weft.Slots;

namespace Corpus.Views.R8.RefLocalTakenBeforePublishQuiet;

public static class Weights
{
    public static int[] Publish(Slot<int[]> slot, int[] weights)
    {
        ref int first = ref weights[0];
        first = 10;
        slot.Publish(weights);
        var mine = (int[])weights.Clone();
        first = ref mine[0];
        first = 0;
        return mine;
    }
}
