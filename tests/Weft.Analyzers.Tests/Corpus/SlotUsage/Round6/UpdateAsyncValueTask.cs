// WEFT0107: an `async ValueTask` update returns a value.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.UpdateAsyncValueTask;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Flusher
{
    private int _pending;

    [WorkerUpdate]
    public async ValueTask Flush() // expect: WEFT0107 "Flush"
    {
        await Task.Yield();
        _pending = 0;
    }
}
