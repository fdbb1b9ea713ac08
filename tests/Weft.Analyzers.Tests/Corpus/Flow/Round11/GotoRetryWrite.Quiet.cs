// Quiet twin: each retry builds a new list (a spread of the previous one) before jumping back to the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.GotoRetryWriteQuiet;

public static class Rollout
{
    public static void Run(Slot<List<string>> slot, List<string> table)
    {
        int attempt = 0;
    retry:
        slot.Publish(table);
        if (!Confirm(attempt))
        {
            attempt++;
            table = [.. table, "retry-" + attempt];
            if (attempt < 3)
            {
                goto retry;
            }
        }
    }

    private static bool Confirm(int attempt) => attempt > 1;
}
