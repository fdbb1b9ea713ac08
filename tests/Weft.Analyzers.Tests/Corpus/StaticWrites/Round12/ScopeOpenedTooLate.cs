// `using var scope = gate.EnterScope();` declared after the increment: the increment runs outside the scope.
using System.Threading;
using Weft;

namespace Corpus.R12.ScopeOpenedTooLate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private static readonly Lock s_gate = new();
    private static long s_requests;
    private static long s_bytes;

    [WorkerUpdate]
    public void Count(long bytes)
    {
        s_requests++; // expect: WEFT0006
        using var scope = s_gate.EnterScope();
        s_bytes += bytes;
    }
}
