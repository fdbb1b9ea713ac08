// Quiet twin of UpdateInNestedHelper: the update is a method of the per-worker slot type itself.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.UpdateInNestedHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate] public void Sweep() => _byHost.Clear();

    public sealed class Janitor
    {
        public void Sweep() { }
    }
}
