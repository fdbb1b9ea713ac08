// WEFT0003: generic helpers constrained to interfaces (ICollection<T>, IList<T>, IDictionary<K,V>) write their argument;
// called with snapshot collections read through Current, each call writes the snapshot.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ConstrainedGenericHelperOnCurrent;

[ThreadLocalSlot]
public sealed partial class Routing
{
    public List<string> Paths { get; init; } = new(); // expect: WEFT0001
    public Dictionary<string, int> Weights { get; init; } = new(); // expect: WEFT0001
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

    public static void Bump<TMap>(TMap map, string key) where TMap : IDictionary<string, int> => map[key] = map.TryGetValue(key, out int n) ? n + 1 : 1;
}

public static class Worker
{
    public static void Run()
    {
        Helpers.AddAll(Routing.Current.Paths, "/a", "/b"); // expect: WEFT0003
        Helpers.SwapFirst(Routing.Current.Paths); // expect: WEFT0003
        Helpers.Bump(Routing.Current.Weights, "/a"); // expect: WEFT0003
    }
}
