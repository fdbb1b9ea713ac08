// Quiet twin of HiddenUpdateNamedPublish: the user declares `PublishAsync` on the per-worker type, which the
// generator does not emit in per-worker mode (SlotMode docs), beside the [WorkerUpdate] `Publish`.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenUpdateNamedPublish;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private int _sent;

    [WorkerUpdate] public void Publish(string topic) => _sent++;

    public static Task PublishAsync(WorkerPool pool, string topic) => Task.CompletedTask;
}
