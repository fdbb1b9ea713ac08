// WEFT0001 on a snapshot slot type nested inside a per-worker slot type: each type's own attribute decides its mode,
// so the nested snapshot's List<int> is reported while the container's Dictionary is not.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.SnapshotInsidePerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Worker
{
    private readonly Dictionary<string, int> _counts = new();

    [ThreadLocalSlot]
    public sealed partial class Config
    {
        public List<int> Ports { get; init; } = new(); // expect: WEFT0001 "Ports"
    }
}
