// The convenience property returns immutable data; the request keeps its own opt-ins.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.Property;

[ThreadLocalSlot]
public sealed partial class Features
{
    public ImmutableHashSet<string> Enabled { get; init; } = ImmutableHashSet<string>.Empty;
}

public sealed class RequestContext
{
    private readonly HashSet<string> _optIns = new();

    private static ImmutableHashSet<string> EnabledFeatures => Features.Current.Enabled;

    public bool OptIn(string feature)
    {
        _optIns.Add(feature);
        return EnabledFeatures.Contains(feature);
    }
}
