// A convenience property wraps Current; the caller does not see that the set is shared.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.Property;

[ThreadLocalSlot]
public sealed partial class Features
{
    public HashSet<string> Enabled { get; init; } = new(); // expect: WEFT0001
}

public sealed class RequestContext
{
    private static HashSet<string> EnabledFeatures => Features.Current.Enabled;

    public void OptIn(string feature)
    {
        EnabledFeatures.Add(feature); // expect: WEFT0003
    }
}
