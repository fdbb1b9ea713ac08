// Quiet twin of PropertyPatternBindsMap: the property pattern binds an immutable dictionary and SetItem/Remove return
// new dictionaries kept in locals.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.PropertyPatternBindsMapQuiet;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public ImmutableDictionary<string, int> Limits { get; init; } = ImmutableDictionary<string, int>.Empty;
    public int Version { get; init; }
}

public static class Worker
{
    public static int Cap(string tenant)
    {
        if (Quotas.Current is { Version: > 0, Limits: var limits })
        {
            var next = limits.SetItem(tenant, 10).Remove("legacy");
            return next.Count;
        }

        return 0;
    }
}
