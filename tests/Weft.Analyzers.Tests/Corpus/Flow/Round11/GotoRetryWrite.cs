// A retry written with `goto`: the list is published, and when confirmation fails a marker is appended and the same
// list is published again. The append runs after the first publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.GotoRetryWrite;

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
            table.Add("retry-" + attempt); // expect: WEFT0002
            if (attempt < 3)
            {
                goto retry;
            }
        }
    }

    private static bool Confirm(int attempt) => attempt > 1;
}
