// Round 2. The worker's cache does not appear in a closure: it is the state argument of QueueUserWorkItem, which
// hands it to a thread-pool thread all the same.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.Round2.WorkItemState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public Dictionary<string, string> Entries { get; } = new();
}

public static class Expiry
{
    public static void ScheduleSweep()
    {
        var cache = DnsCache.Current;
        ThreadPool.QueueUserWorkItem(static c => c.Entries.Clear(), cache, preferLocal: false); // expect: WEFT0004
    }
}
