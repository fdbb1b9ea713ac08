// WEFT0109: a per-worker type has a [WorkerUpdate] method `Publish` (generated: PublishOnAllWorkersAsync) and the
// user also declares `PublishOnAllWorkersAsync`.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenUpdateNamedPublish;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    private int _sent;

    [WorkerUpdate] public void Publish(string topic) => _sent++;

    public static Task PublishOnAllWorkersAsync(WorkerPool pool, string topic) => Task.CompletedTask; // expect: WEFT0109 "PublishOnAllWorkersAsync"
}
