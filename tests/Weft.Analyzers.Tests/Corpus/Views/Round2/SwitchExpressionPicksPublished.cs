// Round 2. A switch expression picks which list to extend; one of its arms is the list already published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.SwitchPick;

public enum Tier { Live, Staging }

public static class Deployer
{
    public static void Add(Slot<List<string>> slot, List<string> live, List<string> staging, Tier tier, string host)
    {
        slot.Publish(live);
        var target = tier switch
        {
            Tier.Live => live,
            _ => staging,
        };
        target.Add(host); // expect: WEFT0002
    }
}
