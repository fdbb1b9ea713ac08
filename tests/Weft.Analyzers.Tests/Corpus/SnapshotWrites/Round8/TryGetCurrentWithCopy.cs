// WEFT0003: TryGetCurrent, then a `with` copy of the record whose list member is still the snapshot's.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.TryGetCurrentWithCopy;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial record RouteVersion
{
    public long Version { get; init; }
    public List<string> Prefixes { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Overrides
{
    public static RouteVersion? Local(string prefix)
    {
        if (!RouteVersion.TryGetCurrent(out var current))
        {
            return null;
        }

        var mine = current with { Version = -1 };
        mine.Prefixes.Insert(0, prefix); // expect: WEFT0003
        return mine;
    }
}
