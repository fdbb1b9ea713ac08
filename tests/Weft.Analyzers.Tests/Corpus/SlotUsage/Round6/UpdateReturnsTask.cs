// WEFT0107: an async [WorkerUpdate] method returning Task. Reading: Task is a value returned to the caller ("A
// [WorkerUpdate] method returning a value"), so it is reported like any non-void return.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.UpdateReturnsTask;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Flusher
{
    private int _pending;

    [WorkerUpdate]
    public async Task FlushAsync() // expect: WEFT0107 "FlushAsync"
    {
        await Task.Yield();
        _pending = 0;
    }
}
