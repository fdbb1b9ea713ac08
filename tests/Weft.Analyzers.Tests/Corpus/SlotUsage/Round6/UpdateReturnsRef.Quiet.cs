// Quiet twin of UpdateReturnsRef: the update is void; a ref-returning method without the attribute is fine.
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus6a.UpdateReturnsRef;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private int _hits;

    public ref int Hits() => ref _hits;

    [ExcludeFromCodeCoverage, WorkerUpdate] public void Bump() => _hits++;
}
