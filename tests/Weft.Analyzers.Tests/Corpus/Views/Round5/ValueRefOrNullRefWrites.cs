// WEFT0003 and WEFT0002: CollectionsMarshal.GetValueRefOrNullRef hands back a ref to a dictionary's value slot (it adds
// nothing, unlike GetValueRefOrAddDefault); assigning through that ref writes the snapshot's or the published
// dictionary.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.ValueRefOrNullRefWrites;

[ThreadLocalSlot]
public sealed partial class Budgets
{
    public Dictionary<string, long> Remaining { get; init; } = new(); // expect: WEFT0001
}

public static class Code
{
    public static void Spend(string tenant, long bytes)
    {
        ref long left = ref CollectionsMarshal.GetValueRefOrNullRef(Budgets.Current.Remaining, tenant);
        if (!Unsafe.IsNullRef(ref left))
        {
            left -= bytes; // expect: WEFT0003
        }
    }

    public static void Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Dictionary<string, long>>();
        var limits = new Dictionary<string, long> { ["a"] = 10 };
        slot.Publish(limits);
        ref long a = ref CollectionsMarshal.GetValueRefOrNullRef(limits, "a");
        a = 20; // expect: WEFT0002
    }
}
