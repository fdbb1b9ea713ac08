// Round 2. The switch expression picks between two lists, neither of which was published; the published one is
// built fresh from the live list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.SwitchPick;

public enum Tier { Live, Staging }

public static class Deployer
{
    public static void Add(Slot<List<string>> slot, List<string> live, List<string> staging, Tier tier, string host)
    {
        slot.Publish(new List<string>(live));
        var target = tier switch
        {
            Tier.Live => live,
            _ => staging,
        };
        target.Add(host);
    }
}
