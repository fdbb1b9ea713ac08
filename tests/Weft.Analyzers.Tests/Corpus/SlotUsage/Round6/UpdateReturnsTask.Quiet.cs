// Quiet twin of UpdateReturnsTask: a synchronous void update.
using Weft;

namespace Corpus6a.UpdateReturnsTask;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Flusher
{
    private int _pending;

    [WorkerUpdate]
    public void Flush()
    {
        _pending = 0;
    }
}
