// A switch expression picks one of two lists; the published one may be the one picked, and it is appended to.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.SwitchExpressionAlias;

public static class Tiers
{
    public static void Promote(Slot<List<string>> slot, bool gold, string host)
    {
        var goldHosts = new List<string> { "g1" };
        var silverHosts = new List<string> { "s1" };
        slot.Publish(goldHosts);
        var tier = gold switch
        {
            true => goldHosts,
            false => silverHosts,
        };
        tier.Add(host); // expect: WEFT0002
    }
}
