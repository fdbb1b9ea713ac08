// Quiet twin: the loop-only member is called on the worker, and only the number goes to the pool.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.LoopOnlyMemberInAsyncRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Quota
{
    public Dictionary<string, int> Used { get; } = new();

    [RequiresLoopThread]
    public static int UsedBy(string tenant) => Current.Used.GetValueOrDefault(tenant);
}
