// WEFT0106 + WEFT0107 on one method of a snapshot type (the page: shape problems are reported as well).
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateOnSnapshotReturnsInt;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }

    [WorkerUpdate] public int Count() => Routes.Length; // expect: WEFT0106, WEFT0107
}
