// Quiet twin of ValueRefOrNullRefWrites: the ref into the dictionary is only read on the worker (a local copy of the
// value is decremented), and on main the ref write comes before the publish.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.ValueRefOrNullRefWritesQuiet;

public static class Code
{
    public static long Spend(Dictionary<string, long> mine, string tenant, long bytes)
    {
        ref long left = ref CollectionsMarshal.GetValueRefOrNullRef(mine, tenant);
        long value = Unsafe.IsNullRef(ref left) ? 0 : left;
        value -= bytes;
        return value;
    }

    public static void Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Dictionary<string, long>>();
        var limits = new Dictionary<string, long> { ["a"] = 10 };
        ref long a = ref CollectionsMarshal.GetValueRefOrNullRef(limits, "a");
        a = 20;
        slot.Publish(limits);
    }
}
