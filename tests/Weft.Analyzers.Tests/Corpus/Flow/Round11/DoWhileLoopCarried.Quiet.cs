// Quiet twin: every pass publishes a new list (a spread of the previous one plus the new value).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.DoWhileLoopCarriedQuiet;

public static class Countdown
{
    public static void Run(Slot<List<int>> slot, int n)
    {
        var seen = new List<int>();
        do
        {
            seen = [.. seen, n];
            slot.Publish(seen);
            n--;
        }
        while (n > 0);
    }
}
