// Quiet twin of CollectionExpressionToArray: the parameter is an ImmutableArray<int>; the same collection expression
// builds an immutable array.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CollectionExpressionToArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortFilter
{
    ImmutableArray<int> _allowed = [];

    [WorkerUpdate]
    void Allow(ImmutableArray<int> ports) => _allowed = ports;
}

public static class PortPolicy
{
    public static Task OpenWebAsync(WorkerPool pool) =>
        PortFilter.AllowOnAllWorkersAsync(pool, [80, 443, 8080]);
}
