// WEFT0106: [WorkerUpdate] on a local function (no member of any type, nothing is generated for it).
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateOnLocalFunction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private int _tokens;

    public void Refill(int n)
    {
        Add(n);

        [WorkerUpdate] void Add(int k) => _tokens += k; // expect: WEFT0106
    }
}
