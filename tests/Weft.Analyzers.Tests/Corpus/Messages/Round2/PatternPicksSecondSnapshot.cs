// Round 2. Two snapshots in one condition; the list written comes from the second (Plans) and the message names it.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.Round2.PatternSecond;

[ThreadLocalSlot]
public sealed partial class Tenants
{
    public string DefaultTier { get; init; } = "free";
}

[ThreadLocalSlot]
public sealed partial class Plans
{
    public Dictionary<string, List<string>> FeaturesByTier { get; init; } = new(); // expect: WEFT0001
}

public static class Features
{
    public static void Grant(string feature)
    {
        if (Tenants.Current is { DefaultTier: var tier } && Plans.Current.FeaturesByTier.TryGetValue(tier, out var features))
        {
            features.Add(feature); // expect: WEFT0003 "Plans"
        }
    }
}
