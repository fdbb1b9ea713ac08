// Round 3. The `in` parameter is only read: the host is checked against the list, nothing written.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.InParameterStructWithList;

public readonly struct Pool
{
    public Pool(List<string> members) => Members = members;

    public List<string> Members { get; }
}

[ThreadLocalSlot]
public sealed partial class Pools
{
    public Pool Primary { get; init; } // expect: WEFT0001 "Primary"
}

public static class PoolOps
{
    private static bool Has(in Pool pool, string host) => pool.Members.Contains(host);

    public static bool Enrolled(string host) => Has(Pools.Current.Primary, host);
}
