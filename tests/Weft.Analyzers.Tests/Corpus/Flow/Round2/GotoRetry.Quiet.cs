// Round 2. The goto target sits above the list's creation: every retry builds and publishes a new list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.GotoRetry;

public static class Seeder
{
    public static void Seed(Slot<List<string>> slot, IReadOnlyList<string> candidates)
    {
        int attempt = 0;
    retry:
        var hosts = new List<string>();
        hosts.Add(candidates[attempt]);
        slot.Publish(hosts);
        attempt++;
        if (attempt < candidates.Count && hosts.Count < 2)
        {
            goto retry;
        }
    }
}
