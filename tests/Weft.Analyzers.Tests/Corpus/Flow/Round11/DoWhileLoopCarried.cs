// do/while: the Add at the top of the body runs again after the publish at the bottom of the previous pass.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.DoWhileLoopCarried;

public static class Countdown
{
    public static void Run(Slot<List<int>> slot, int n)
    {
        var seen = new List<int>();
        do
        {
            seen.Add(n); // expect: WEFT0002
            slot.Publish(seen);
            n--;
        }
        while (n > 0);
    }
}
