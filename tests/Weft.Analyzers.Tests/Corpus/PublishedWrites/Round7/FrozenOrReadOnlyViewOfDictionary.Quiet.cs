// WEFT0002: a weights dictionary published, then edited for the next round. What is published is a FrozenDictionary
// copy: the edit changes only the caller's dictionary: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.FrozenOrReadOnlyViewOfDictionaryQuiet;

public static class WeightPublisher
{
    public static void Publish(WorkerPool pool, IReadOnlyDictionary<string, int> source)
    {
        var weights = new Dictionary<string, int>(source);
        var slot = pool.AllocateSlot<IReadOnlyDictionary<string, int>>();
        slot.Publish(weights.ToFrozenDictionary());
        weights["canary"] = 1;
    }
}
