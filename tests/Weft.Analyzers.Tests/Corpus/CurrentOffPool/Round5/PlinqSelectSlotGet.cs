// WEFT0005: `Slot<T>.Get()` inside a PLINQ Select runs on pool threads. Reading: PLINQ counts as the page's "Parallel".
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.PlinqSelectSlotGet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class Prefixes(Slot<ImmutableList<string>> slot)
{
    public int[] Lengths(string[] hosts) =>
        hosts.AsParallel().Select(h => slot.Get().Count + h.Length).ToArray(); // expect: WEFT0005
}
