// Quiet twin of PlinqSelectSlotGet: the slot is read once on the worker, PLINQ works on the ImmutableList read on the worker.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.PlinqSelectSlotGetQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class Prefixes(Slot<ImmutableList<string>> slot)
{
    public int[] Lengths(string[] hosts)
    {
        ImmutableList<string> prefixes = slot.Get();
        return hosts.AsParallel().Select(h => prefixes.Count + h.Length).ToArray();
    }
}
