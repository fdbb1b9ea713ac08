// The WEFT0003 page's example: `with` copies the reference to the shared list, not the list.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.WithCopy;

[ThreadLocalSlot]
public sealed partial record RouteTable
{
    public int Version { get; init; }
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class Edits
{
    public static RouteTable Next()
    {
        var copy = RouteTable.Current with { Version = 2 };
        copy.Hosts.Add("x"); // expect: WEFT0003
        return copy;
    }
}
