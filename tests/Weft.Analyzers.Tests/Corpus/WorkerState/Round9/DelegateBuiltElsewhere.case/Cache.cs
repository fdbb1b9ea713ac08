// WEFT0004 across files: the per-worker slot type is here, a helper that builds a lambda over its parameter in
// Jobs.cs, and the worker code handing that lambda to Task.Run in Evictions.cs. The page: "Task.Run(Forget(cache)) is
// reported at the Task.Run".
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R9.DelegateBuiltElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> ByHost { get; } = new();
}
