// Quiet twin of ConstrainedGenericHelperOnCurrent: the same constrained helpers, called with collections the worker
// copied from the snapshot; a read-only constrained helper is called with the snapshot's own data.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ConstrainedGenericHelperOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Routing
{
    public ImmutableArray<string> Paths { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableDictionary<string, int> Weights { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Helpers
{
    public static void AddAll<TCollection, TItem>(TCollection target, params TItem[] items) where TCollection : ICollection<TItem>
    {
        foreach (var item in items) target.Add(item);
    }

    public static void SwapFirst<TList>(TList list) where TList : IList<string>
    {
        (list[0], list[1]) = (list[1], list[0]);
    }

    public static int CountOf<TList>(TList list) where TList : IReadOnlyList<string> => list.Count;
}

public static class Worker
{
    public static int Run()
    {
        var paths = Routing.Current.Paths.ToList();
        Helpers.AddAll(paths, "/a", "/b");
        Helpers.SwapFirst(paths);
        var weights = new Dictionary<string, int>(Routing.Current.Weights);
        Helpers.AddAll(weights, new KeyValuePair<string, int>("/a", 1));
        return Helpers.CountOf(Routing.Current.Paths) + paths.Count + weights.Count;
    }
}
