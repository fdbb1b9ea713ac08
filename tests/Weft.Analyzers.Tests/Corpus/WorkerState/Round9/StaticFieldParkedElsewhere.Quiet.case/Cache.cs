// WEFT0004 across files: a partial static class keeps a worker's dictionary in a static field (Parking.Park.cs) and
// another part hands it to the thread pool (Parking.Drain.cs). "Fields set in another method of the type": the
// declaring type's bodies (both parts) decide what the field holds.
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R9.StaticFieldParkedElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> ByHost { get; } = new();
}
