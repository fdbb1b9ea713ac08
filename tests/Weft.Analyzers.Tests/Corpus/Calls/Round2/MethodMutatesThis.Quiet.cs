// Round 2. After the publish only the table's read-only method is called.
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
    public static int Apply(Slot<RateTable> slot, RateTable table)
    {
        table.Reset();
        table.Set("/", 100);
        slot.Publish(table);
        return table.LimitFor("/");
    }
}
