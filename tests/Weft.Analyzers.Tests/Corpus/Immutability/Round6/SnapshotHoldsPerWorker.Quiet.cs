// Quiet twin of SnapshotHoldsPerWorker: the per-worker type keeps its dictionary (not checked: per-worker mode), and
// the snapshot holds another, immutable snapshot type instead.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.SnapshotHoldsPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public readonly Dictionary<string, int> ByHost = new();
}

[ThreadLocalSlot]
public sealed partial class Seeds
{
    public ImmutableDictionary<string, int> ByHost { get; init; } = ImmutableDictionary<string, int>.Empty;
}

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Seeds? Seed { get; init; }
}
