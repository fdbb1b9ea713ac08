// Twin: a plain method on the snapshot.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.WorkerUpdateOnSnapshotReturnsIntQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }

    public int Count() => Routes.Length;
}
