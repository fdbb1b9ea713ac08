// Quiet twin of HiddenPublishSnapshot: the same `PublishAsync` on a per-worker type. Reading: PublishAsync is
// emitted in snapshot mode only (SlotMode's docs), so a per-worker type hides nothing with it.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenPublishSnapshot;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routes
{
    public int Version;
}

public sealed partial class Routes
{
    public static Task PublishAsync(WorkerPool pool, Routes value) => Task.CompletedTask;
}
