// Round 2. The same two snapshots; the granted list is a new one built from the plan's immutable features.
using System.Collections.Generic;
using System.Collections.Immutable;
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
    public ImmutableDictionary<string, ImmutableArray<string>> FeaturesByTier { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}

public static class Features
{
    public static List<string> Grant(string feature)
    {
        var granted = new List<string>();
        if (Tenants.Current is { DefaultTier: var tier } && Plans.Current.FeaturesByTier.TryGetValue(tier, out var features))
        {
            granted.AddRange(features);
            granted.Add(feature);
        }

        return granted;
    }
}
