// Twin: Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R8.SlotSetCountsInstancesQuiet;

public sealed class Aggregator
{
    public readonly Dictionary<string, long> Counters = new();
}

public static class Setup
{
    public static int Init(Slot<Aggregator> slot)
    {
        int made = 0;
        slot.Set(d =>
        {
            Interlocked.Increment(ref made);
            return new Aggregator();
        });
        return Volatile.Read(ref made);
    }
}
