// Quiet twin of UpdateAsyncValueTask: `async void`. Reading: it returns void, is neither static nor generic and has
// no ref, ref-struct or pointer parameter, so neither WEFT0107 nor WEFT0108 lists it.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.UpdateAsyncValueTask;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Flusher
{
    private int _pending;

    [WorkerUpdate]
    public async void Flush()
    {
        await Task.Yield();
        _pending = 0;
    }
}
