// Quiet twin of SnapshotInsidePerWorker: the nested type is per-worker too, inside a per-worker container.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.SnapshotInsidePerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Worker
{
    private readonly Dictionary<string, int> _counts = new();

    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Config
    {
        public List<int> Ports { get; init; } = new();
    }
}
