// WEFT0003 and WEFT0002: the common `AsList()` helper returns its argument when it already is a list (and copies
// otherwise); on snapshot data or a published list it hands back the shared list, which the caller writes. Also
// Unsafe.As reinterpreting a read-only view as its List<T>.
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus5a.AsListHelperReturnsArgument;

public static class EnumerableExtensions
{
    public static IList<T> AsList<T>(this IEnumerable<T> items) => items as IList<T> ?? items.ToList();
}

[ThreadLocalSlot]
public sealed partial class Peers
{
    public IReadOnlyList<string> Names { get; init; } = new List<string>(); // expect: WEFT0001
}

public static class Code
{
    public static void OnWorker()
    {
        Peers.Current.Names.AsList().Add("self"); // expect: WEFT0003
        Unsafe.As<List<string>>(Peers.Current.Names).Clear(); // expect: WEFT0003
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var names = new List<string> { "a" };
        slot.Publish(names);
        names.AsList().Insert(0, "first"); // expect: WEFT0002
    }
}
