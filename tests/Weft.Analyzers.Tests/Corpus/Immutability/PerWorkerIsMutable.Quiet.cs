// Per-worker slot types are meant to be mutable: each worker owns its instance. WEFT0001 is for snapshots only.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.PerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ConnectionCache
{
    public List<string> Recent { get; set; } = new();
    public int[] Histogram = new int[16];
    public Dictionary<string, int> ByHost { get; } = new();
}
