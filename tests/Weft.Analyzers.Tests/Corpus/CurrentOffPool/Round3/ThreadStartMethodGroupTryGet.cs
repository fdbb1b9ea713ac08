// Round 3. A new Thread started with a ParameterizedThreadStart method group that uses TryGetCurrent.
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
    public static void Start() => new Thread(Export).Start("out.txt"); // expect: WEFT0005 #escape

    private static void Export(object? path)
    {
        if (RouteTable.TryGetCurrent(out var table)) // expect: WEFT0005 #escape
        {
            System.IO.File.WriteAllLines((string)path!, table.Hosts);
        }
    }
}
