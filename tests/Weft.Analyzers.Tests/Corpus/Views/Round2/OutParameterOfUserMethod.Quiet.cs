// Round 2. The same TryFind over immutable routes; the caller counts hits in its own per-worker dictionary.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus.Views.Round2.UserOut;

public sealed record Route(string Prefix);

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<Route> All { get; init; }

    public bool TryFind(string path, [NotNullWhen(true)] out Route? route)
    {
        foreach (var candidate in All)
        {
            if (path.StartsWith(candidate.Prefix, System.StringComparison.Ordinal))
            {
                route = candidate;
                return true;
            }
        }

        route = null;
        return false;
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HitCounts
{
    public Dictionary<string, int> ByPrefix { get; } = new();
}

public static class Router
{
    public static void Count(string path)
    {
        if (Routes.Current.TryFind(path, out var route))
        {
            var counts = HitCounts.Current.ByPrefix;
            counts[route.Prefix] = counts.GetValueOrDefault(route.Prefix) + 1;
        }
    }
}
