// Quiet twin of MarshalRefIntoPublishedDictionary: the ref-accessor counting runs before the publish (the usual fast
// counting idiom); after it, the published dictionary is only read through a `ref readonly` local.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.MarshalRefIntoPublishedDictionaryQuiet;

public sealed class HostCounters
{
    private readonly Slot<Dictionary<string, int>> _slot;

    public HostCounters(WorkerPool pool) => _slot = pool.AllocateSlot<Dictionary<string, int>>();

    public int Publish(IReadOnlyList<string> hosts)
    {
        var counts = new Dictionary<string, int>();
        foreach (var host in hosts)
        {
            ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, host, out _);
            count++;
        }

        _slot.Publish(counts);
        ref readonly int first = ref CollectionsMarshal.GetValueRefOrNullRef(counts, hosts[0]);
        return Unsafe.IsNullRef(in first) ? 0 : first;
    }
}
