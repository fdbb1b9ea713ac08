// Round 3. The generic helper fills a set the caller built from the snapshot's one.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.GenericHelperAddAll;

public static class CollectionHelpers
{
    public static void AddAll<T>(ICollection<T> into, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            into.Add(item);
        }
    }
}

[ThreadLocalSlot]
public sealed partial class Allowed
{
    public HashSet<string> Origins { get; init; } = new(); // expect: WEFT0001 "Origins"
}

public static class Cors
{
    public static HashSet<string> Allow(IEnumerable<string> origins)
    {
        var merged = new HashSet<string>(Allowed.Current.Origins);
        CollectionHelpers.AddAll(merged, origins);
        return merged;
    }
}
