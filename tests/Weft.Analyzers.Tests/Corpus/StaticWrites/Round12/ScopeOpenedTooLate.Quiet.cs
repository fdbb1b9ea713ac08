// `using var scope = gate.EnterScope();` declared first: both writes are inside the scope.
using System.Threading;
using Weft;

namespace Corpus.R12.ScopeOpenedTooLateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private static readonly Lock s_gate = new();
    private static long s_requests;
    private static long s_bytes;

    [WorkerUpdate]
    public void Count(long bytes)
    {
        using var scope = s_gate.EnterScope();
        s_requests++;
        s_bytes += bytes;
    }
}
