// Round 3. A generic helper adds into any ICollection<T>; it is given the snapshot's set. The docs do not say whether the report lands at the call or in the helper, so either.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.GenericHelperAddAll;

public static class CollectionHelpers
{
    public static void AddAll<T>(ICollection<T> into, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            into.Add(item); // expect: WEFT0003 #escape
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
    public static void Allow(IEnumerable<string> origins) => CollectionHelpers.AddAll(Allowed.Current.Origins, origins); // expect: WEFT0003 #escape
}
