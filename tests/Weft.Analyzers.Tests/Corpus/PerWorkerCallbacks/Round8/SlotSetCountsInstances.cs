// WEFT0008: a Slot<T>.Set factory increments a captured local.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R8.SlotSetCountsInstances;

public sealed class Aggregator
{
    public readonly Dictionary<string, long> Counters = new();
}

public static class Setup
{
    public static void Init(Slot<Aggregator> slot)
    {
        int made = 0;
        slot.Set(d =>
        {
            made++; // expect: WEFT0008
            return new Aggregator();
        });
    }
}
