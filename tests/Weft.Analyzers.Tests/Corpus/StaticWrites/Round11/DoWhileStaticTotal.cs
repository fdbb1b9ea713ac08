// A callback run on every thread (RunOnAllThreads) sums chunks in a do/while into a static total with `+=`.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.DoWhileStaticTotal;

public static class Sizes
{
    private static long s_total;

    public static void Sum(Slot<Queue<int>> slot)
    {
        slot.RunOnAllThreads(chunks =>
        {
            do
            {
                s_total += chunks.Dequeue(); // expect: WEFT0006
            }
            while (chunks.Count > 0);
        });
    }
}
