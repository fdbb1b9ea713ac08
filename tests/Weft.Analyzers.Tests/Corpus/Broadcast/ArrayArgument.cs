// An array is mutable: every worker receives the same array object.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.ArrayArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortFilter
{
    private readonly System.Collections.Generic.HashSet<int> _blocked = new();

    [WorkerUpdate]
    internal void Block(int[] ports) => _blocked.UnionWith(ports);
}

public static class FilterAdmin
{
    public static Task BlockAsync(WorkerPool pool, int first, int last)
    {
        var ports = new int[last - first + 1];
        for (int i = 0; i < ports.Length; i++)
        {
            ports[i] = first + i;
        }

        return PortFilter.BlockOnAllWorkersAsync(pool, ports); // expect: WEFT0007
    }
}
