// A property pattern binds the snapshot's list to a variable; the write goes through it.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.Pattern;

[ThreadLocalSlot]
public sealed partial class Pool
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class Fallback
{
    public static void EnsureOne()
    {
        if (Pool.Current is { Hosts: var hosts } && hosts.Count == 0)
        {
            hosts.Add("127.0.0.1"); // expect: WEFT0003
        }
    }
}
