// Twin: the update is a member of the per-worker type.
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateOnLocalFunctionQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private int _tokens;

    [WorkerUpdate]
    public void Refill(int n)
    {
        Add(n);

        void Add(int k) => _tokens += k;
    }
}
