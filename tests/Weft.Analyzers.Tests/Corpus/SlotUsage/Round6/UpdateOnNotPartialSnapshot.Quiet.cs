// Quiet twin of UpdateOnNotPartialSnapshot: partial per-worker type with the same update.
using Weft;

namespace Corpus6a.UpdateOnNotPartialSnapshot;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routes
{
    public int Version;

    [WorkerUpdate] public void Touch() => Version++;
}
