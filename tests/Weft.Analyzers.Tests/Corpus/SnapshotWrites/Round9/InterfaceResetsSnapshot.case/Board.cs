// WEFT0003 across files: a snapshot holds a mutable Counters object (WEFT0001 silenced on purpose); the interface
// IResetter is in Resetting.cs with its implementation, and the worker code calls it on Current's Counters in
// Shift.cs. Reported at the call (the reading of the other Round9 helper files).
using Weft;

namespace Corpus.SnapshotWrites.R9.InterfaceResetsSnapshot;

public sealed class Counters
{
    public int Hits { get; set; }

    public int Misses { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Board
{
#pragma warning disable WEFT0001
    public Counters Stats { get; init; } = new();
#pragma warning restore WEFT0001
}
