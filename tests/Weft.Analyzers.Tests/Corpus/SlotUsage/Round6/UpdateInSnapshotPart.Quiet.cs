// Quiet twin of UpdateInSnapshotPart: the per-worker attribute on one part, the update on the other.
using Weft;

namespace Corpus6a.UpdateInSnapshotPart;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routes
{
    private int _version;
}

public partial class Routes
{
    [WorkerUpdate] public void Touch() => _version++;
}
