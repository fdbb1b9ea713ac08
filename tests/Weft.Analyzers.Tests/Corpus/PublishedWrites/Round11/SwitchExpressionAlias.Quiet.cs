// Quiet twin: the gold arm spreads the published list into a new one; only unpublished lists are appended to.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.SwitchExpressionAliasQuiet;

public static class Tiers
{
    public static void Promote(Slot<List<string>> slot, bool gold, string host)
    {
        var goldHosts = new List<string> { "g1" };
        var silverHosts = new List<string> { "s1" };
        slot.Publish(goldHosts);
        List<string> tier = gold switch
        {
            true => [.. goldHosts],
            false => silverHosts,
        };
        tier.Add(host);
    }
}
