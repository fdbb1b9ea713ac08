// WEFT0106: a non-slot helper class nested inside a per-worker slot type. Its method is not a method of the slot
// type, so the nesting does not make the update valid.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateInNestedHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public sealed class Janitor
    {
        [WorkerUpdate] public void Sweep() { } // expect: WEFT0106 "Sweep"
    }
}
