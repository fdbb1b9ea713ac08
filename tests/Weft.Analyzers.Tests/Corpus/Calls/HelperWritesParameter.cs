// Decision (all helper files in Calls/): a helper that writes its parameter is reported at the call that passes
// it published or snapshot data, not inside the helper, which is correct for other callers (see the quiet twin).
// A static helper that appends to its argument, called with a list already published to the workers.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Calls.WritesParameter;

public sealed class BackendDirectory
{
    private readonly Slot<List<string>> _backends;

    public BackendDirectory(WorkerPool pool) => _backends = pool.AllocateSlot<List<string>>();

    public async Task StartAsync(IEnumerable<string> initial)
    {
        var backends = new List<string>(initial);
        await _backends.PublishAsync(backends);
        AddFallback(backends); // expect: WEFT0002
    }

    private static void AddFallback(List<string> backends)
    {
        if (backends.Count == 0)
        {
            backends.Add("127.0.0.1:8080");
        }
    }
}
