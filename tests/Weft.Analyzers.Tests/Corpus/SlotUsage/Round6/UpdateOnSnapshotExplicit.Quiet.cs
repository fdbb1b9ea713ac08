// Quiet twin of UpdateOnSnapshotExplicit: the constant names PerWorker, so the update is valid.
using Weft;

namespace Corpus6a.UpdateOnSnapshotExplicit;

public static class Modes
{
    public const SlotMode Own = SlotMode.PerWorker;
}

[ThreadLocalSlot(Mode = Modes.Own)]
public sealed partial class Routes
{
    private int _version;

    [WorkerUpdate] public void Refresh() => _version++;
}
