// WEFT0006: CollectionsMarshal.GetValueRefOrAddDefault on a static Dictionary kept in a ref local, then `+=` through
// the ref on the next line. Page: "GetValueRefOrAddDefault(s_map, key, out _)++ is one report, at the call (it adds the
// key; the increment through its ref is the same change)". Reading: the same holds when the ref is kept in a local and
// incremented on another line: one report, at the call; the `+=` line stays unmarked.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.R17.StaticWrites.AddDefaultRefThenCompound;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RouteStats
{
    private static readonly Dictionary<string, long> s_bytesByRoute = new();

    [WorkerUpdate]
    public void Account(string route, long bytes)
    {
        ref long total = ref CollectionsMarshal.GetValueRefOrAddDefault(s_bytesByRoute, route, out bool existed); // expect: WEFT0006
        total += existed ? bytes : bytes + 1;
    }
}
