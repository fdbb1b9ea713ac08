// A project of two files: this file declares a user member marked [RequiresLoopThread]; the other calls it inside an
// async lambda handed to Task.Run (after its first await, on the pool).
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.LoopOnlyMemberInAsyncRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Quota
{
    public Dictionary<string, int> Used { get; } = new();

    [RequiresLoopThread]
    public static int UsedBy(string tenant) => Current.Used.GetValueOrDefault(tenant);
}
