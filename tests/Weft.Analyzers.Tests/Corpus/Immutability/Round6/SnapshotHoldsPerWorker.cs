// WEFT0001: a snapshot slot type holds an instance of a per-worker slot type with a Dictionary field. "A
// [ThreadLocalSlot] snapshot type held by another one is judged by its members like any type" — a per-worker type
// held by a snapshot is a type like any other, judged by its members.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.SnapshotHoldsPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public readonly Dictionary<string, int> ByHost = new();
}

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Cache? Seed { get; init; } // expect: WEFT0001 "Seed"
}
