// WEFT0004 across files: the per-worker SessionTable is declared here; SessionService.cs reads it on the worker and
// posts a callback over it to the pool's main dispatcher (another dispatcher than the worker's).
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R9.SlotTypeUsedElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionTable
{
    public Dictionary<string, long> Expiry { get; } = new();

    public int Count => Expiry.Count;
}
