// Quiet: F3's form for WEFT0003: a spread into a new array copies the snapshot's list; the array is written.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.SpreadArrayCopy;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public List<string> Hosts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Balancer
{
    public static string[] Rotate()
    {
        string[] mine = [.. Upstreams.Current.Hosts];
        if (mine.Length > 1)
        {
            (mine[0], mine[^1]) = (mine[^1], mine[0]);
        }

        return mine;
    }
}
