// A helper returns a tuple whose first element is the snapshot's own list; the caller deconstructs it and appends.
// Reported at the write.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.HelperReturnsTuple;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class Split
{
    private static (List<string> Hosts, int Count) Describe(Pool pool) => (pool.Hosts, pool.Hosts.Count);

    public static int AddCanary()
    {
        var (hosts, count) = Describe(Pool.Current);
        hosts.Add("canary"); // expect: WEFT0003
        return count;
    }
}
