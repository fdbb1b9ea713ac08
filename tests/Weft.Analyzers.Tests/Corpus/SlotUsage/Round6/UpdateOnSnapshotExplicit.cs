// WEFT0106: [WorkerUpdate] on a type whose mode is given explicitly as Snapshot, through a constant.
using Weft;

namespace Corpus6a.UpdateOnSnapshotExplicit;

public static class Modes
{
    public const SlotMode Shared = SlotMode.Snapshot;
}

[ThreadLocalSlot(Mode = Modes.Shared)]
public sealed partial class Routes
{
    [WorkerUpdate] public void Refresh() { } // expect: WEFT0106 "Refresh"
}
