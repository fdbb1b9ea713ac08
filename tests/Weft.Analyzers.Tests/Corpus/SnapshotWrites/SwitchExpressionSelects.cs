// A switch expression picks one of the snapshot's lists; the pick is then written.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.SwitchPick;

public enum Tier { Gold, Silver, Bronze }

[ThreadLocalSlot]
public sealed partial class Tiers
{
    public List<string> Gold { get; init; } = new(); // expect: WEFT0001
    public List<string> Other { get; init; } = new(); // expect: WEFT0001
}

public static class Promotion
{
    public static void Enroll(Tier tier, string customer)
    {
        var list = tier switch
        {
            Tier.Gold => Tiers.Current.Gold,
            _ => Tiers.Current.Other,
        };
        list.Add(customer); // expect: WEFT0003
    }
}
