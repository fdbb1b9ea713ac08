// Round 2. The spreads copy each list into a new one; the caller's lists stay its own.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.CollectionExpr;

public static class Tiers
{
    public static void Publish(Slot<List<string>[]> slot, List<string> gold, List<string> silver, string late)
    {
        List<string>[] tiers = [[.. gold], [.. silver]];
        slot.Publish(tiers);
        gold.Add(late);
    }
}
