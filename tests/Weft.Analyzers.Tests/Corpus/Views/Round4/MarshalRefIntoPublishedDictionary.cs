// Counting with CollectionsMarshal ref accessors on a dictionary that was already published: GetValueRefOrAddDefault
// adds the key when it is missing (a write by itself), and writing through the returned ref changes the stored value;
// GetValueRefOrNullRef gives a ref into the published dictionary's storage. Issue 10 lists marshal helpers and ref
// locals into published data among the views the engine follows; WEFT0002 reports any change.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.MarshalRefIntoPublishedDictionary;

public sealed class HostCounters
{
    private readonly Slot<Dictionary<string, int>> _slot;

    public HostCounters(WorkerPool pool) => _slot = pool.AllocateSlot<Dictionary<string, int>>();

    public void Publish(IReadOnlyList<string> hosts)
    {
        var counts = new Dictionary<string, int>();
        foreach (var host in hosts)
        {
            counts[host] = 0;
        }

        _slot.Publish(counts);
        ref int fallback = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, "fallback", out bool existed); // expect: WEFT0002
        fallback = existed ? fallback : 1; // expect: WEFT0002
        ref int first = ref CollectionsMarshal.GetValueRefOrNullRef(counts, hosts[0]);
        if (!Unsafe.IsNullRef(ref first))
        {
            first++; // expect: WEFT0002
        }
    }
}
