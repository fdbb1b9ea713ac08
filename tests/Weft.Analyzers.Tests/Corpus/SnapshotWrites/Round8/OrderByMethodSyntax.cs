// WEFT0003: method-syntax Where + OrderBy over the snapshot's list, then a write to each element.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R8.OrderByMethodSyntax;

public sealed class Entry
{
    public string Name { get; init; } = "";
    public long Hits { get; set; }
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Metrics
{
    public List<Entry> Entries { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Sweeper
{
    public static void Sweep()
    {
        foreach (var e in Metrics.Current.Entries.Where(e => e.Hits > 1_000_000).OrderBy(e => e.Name))
        {
            e.Hits = 0; // expect: WEFT0003
        }
    }
}
