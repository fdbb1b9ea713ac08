// WEFT0106: the snapshot attribute is on one partial part, the [WorkerUpdate] method on another.
using Weft;

namespace Corpus6a.UpdateInSnapshotPart;

[ThreadLocalSlot(Mode = SlotMode.Snapshot)]
public sealed partial class Routes
{
    public int Version { get; init; }
}

public partial class Routes
{
    [WorkerUpdate] public void Touch() { } // expect: WEFT0106 "Touch"
}
