// WEFT0003: query syntax selects the snapshot's stale entries, and each is reset.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R8.QuerySyntaxOverSnapshot;

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
        var stale = from e in Metrics.Current.Entries
                    where e.Hits > 1_000_000
                    orderby e.Name
                    select e;
        foreach (var e in stale)
        {
            e.Hits = 0; // expect: WEFT0003
        }
    }
}
