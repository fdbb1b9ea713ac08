// Quiet twin: the helper's tuple carries a spread copy of the list.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.HelperReturnsTupleQuiet;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class Split
{
    private static (List<string> Hosts, int Count) Describe(Pool pool) => ([.. pool.Hosts], pool.Hosts.Count);

    public static int AddCanary()
    {
        var (hosts, count) = Describe(Pool.Current);
        hosts.Add("canary");
        return count;
    }
}
