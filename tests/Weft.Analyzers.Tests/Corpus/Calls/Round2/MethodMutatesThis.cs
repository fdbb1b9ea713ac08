// Round 2. A user type published through a Slot<T>; after the publish its own Reset method clears its state.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.MutatesThis;

public sealed class RateTable
{
    private readonly Dictionary<string, int> _limits = new();

    public void Set(string route, int limit) => _limits[route] = limit;

    public void Reset() => _limits.Clear();

    public int LimitFor(string route) => _limits.TryGetValue(route, out int limit) ? limit : 0;
}

public static class RateAdmin
{
    public static void Apply(Slot<RateTable> slot, RateTable table)
    {
        slot.Publish(table);
        table.Reset(); // expect: WEFT0002
    }
}
