// Round 2. A goto jumps back above the publish: the retry appends to the list that was already published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.GotoRetry;

public static class Seeder
{
    public static void Seed(Slot<List<string>> slot, IReadOnlyList<string> candidates)
    {
        var hosts = new List<string>();
        int attempt = 0;
    retry:
        hosts.Add(candidates[attempt]); // expect: WEFT0002
        slot.Publish(hosts);
        attempt++;
        if (attempt < candidates.Count && hosts.Count < 2)
        {
            goto retry;
        }
    }
}
