// Round 2. RunOnAllThreadsAsync on a Slot<T>: every thread writes its size into one captured Dictionary at once.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.Round2.SlotDictionary;

public sealed class Buffers
{
    public int InUse { get; set; }
}

public static class Report
{
    public static async Task<Dictionary<int, int>> CollectAsync(Slot<Buffers> slot)
    {
        var byThread = new Dictionary<int, int>();
        await slot.RunOnAllThreadsAsync(b => byThread[Environment.CurrentManagedThreadId] = b.InUse); // expect: WEFT0008
        return byThread;
    }
}
