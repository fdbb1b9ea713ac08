// Round 3. A struct from the snapshot passed by `in`: the struct cannot be changed, but its List member is the snapshot's list.
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
    private static void Join(in Pool pool, string host) => pool.Members.Add(host); // expect: WEFT0003 #escape

    public static void Enroll(string host) => Join(Pools.Current.Primary, host); // expect: WEFT0003 #escape
}
