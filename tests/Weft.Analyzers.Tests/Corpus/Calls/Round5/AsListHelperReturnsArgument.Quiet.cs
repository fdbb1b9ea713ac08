// Quiet twin of AsListHelperReturnsArgument: the helper always copies (`ToList()`), so what the caller writes is new;
// the snapshot holds an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.AsListHelperReturnsArgumentQuiet;

public static class EnumerableExtensions
{
    public static List<T> ToNewList<T>(this IEnumerable<T> items) => items.ToList();
}

[ThreadLocalSlot]
public sealed partial class Peers
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
}

public static class Code
{
    public static int OnWorker()
    {
        var mine = Peers.Current.Names.ToNewList();
        mine.Add("self");
        return mine.Count;
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var names = new List<string> { "a" };
        slot.Publish(names);
        names.ToNewList().Insert(0, "first");
    }
}
