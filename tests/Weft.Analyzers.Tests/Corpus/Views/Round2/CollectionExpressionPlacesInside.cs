// Round 2. A collection expression puts the two lists themselves into the published array; appending to one of them
// afterwards changes published data.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.CollectionExpr;

public static class Tiers
{
    public static void Publish(Slot<List<string>[]> slot, List<string> gold, List<string> silver, string late)
    {
        List<string>[] tiers = [gold, silver];
        slot.Publish(tiers);
        gold.Add(late); // expect: WEFT0002
    }
}
