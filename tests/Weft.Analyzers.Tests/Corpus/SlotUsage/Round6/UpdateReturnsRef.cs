// WEFT0107: a [WorkerUpdate] method returning `ref int` (a ref return is still a returned value), in a combined
// attribute list.
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus6a.UpdateReturnsRef;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private int _hits;

    [ExcludeFromCodeCoverage, WorkerUpdate] public ref int Hits() => ref _hits; // expect: WEFT0107 "Hits"
}
