// WEFT0007: a collection expression broadcast to an int[] parameter: it becomes one int[] that every worker holds.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CollectionExpressionToArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortFilter
{
    int[] _allowed = [];

    [WorkerUpdate]
    void Allow(int[] ports) => _allowed = ports;
}

public static class PortPolicy
{
    public static Task OpenWebAsync(WorkerPool pool) =>
        PortFilter.AllowOnAllWorkersAsync(pool, [80, 443, 8080]); // expect: WEFT0007
}
