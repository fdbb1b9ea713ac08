// WEFT0106 and WEFT0107 together: a value-returning [WorkerUpdate] on a snapshot type. Reading: the rules are
// independent, both apply.
using Weft;

namespace Corpus6a.UpdateReturnsOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    [WorkerUpdate] public int Count() => Version; // expect: WEFT0106, WEFT0107 "Count"
}
