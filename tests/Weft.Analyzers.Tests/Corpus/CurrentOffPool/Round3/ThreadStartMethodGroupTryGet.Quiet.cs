// Round 3. The table is read with TryGetCurrent on the worker and handed to the thread as its start argument.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.Round3.ThreadStartMethodGroupTryGet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Exporter
{
    public static void Start()
    {
        if (RouteTable.TryGetCurrent(out var table))
        {
            new Thread(Export).Start(table);
        }
    }

    private static void Export(object? state) =>
        System.IO.File.WriteAllLines("out.txt", ((RouteTable)state!).Hosts);
}
