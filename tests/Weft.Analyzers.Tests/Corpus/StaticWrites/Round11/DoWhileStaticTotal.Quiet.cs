// Quiet twin: each thread sums into a local and adds it once with Interlocked.Add.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.R11.DoWhileStaticTotalQuiet;

public static class Sizes
{
    private static long s_total;

    public static void Sum(Slot<Queue<int>> slot)
    {
        slot.RunOnAllThreads(chunks =>
        {
            long mine = 0;
            do
            {
                mine += chunks.Dequeue();
            }
            while (chunks.Count > 0);
            Interlocked.Add(ref s_total, mine);
        });
    }
}
