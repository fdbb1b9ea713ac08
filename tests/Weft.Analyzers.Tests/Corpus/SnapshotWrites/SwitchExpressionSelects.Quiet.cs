// The switch expression picks an immutable list; enrolling returns a new one.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.SwitchPick;

public enum Tier { Gold, Silver, Bronze }

[ThreadLocalSlot]
public sealed partial class Tiers
{
    public ImmutableList<string> Gold { get; init; } = ImmutableList<string>.Empty;
    public ImmutableList<string> Other { get; init; } = ImmutableList<string>.Empty;
}

public static class Promotion
{
    public static ImmutableList<string> Enroll(Tier tier, string customer)
    {
        var list = tier switch
        {
            Tier.Gold => Tiers.Current.Gold,
            _ => Tiers.Current.Other,
        };
        return list.Add(customer);
    }
}
