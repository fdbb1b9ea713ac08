// Round 2. The captured map is a ConcurrentDictionary: concurrent writes from every thread are safe.
using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.Round2.SlotDictionary;

public sealed class Buffers
{
    public int InUse { get; set; }
}

public static class Report
{
    public static async Task<ConcurrentDictionary<int, int>> CollectAsync(Slot<Buffers> slot)
    {
        var byThread = new ConcurrentDictionary<int, int>();
        await slot.RunOnAllThreadsAsync(b => byThread[Environment.CurrentManagedThreadId] = b.InUse);
        return byThread;
    }
}
