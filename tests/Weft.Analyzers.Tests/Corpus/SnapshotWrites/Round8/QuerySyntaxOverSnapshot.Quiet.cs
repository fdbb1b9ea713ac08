// Twin: the query projects names (strings); the reset counts live in a local dictionary.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R8.QuerySyntaxOverSnapshotQuiet;

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
    public static Dictionary<string, long> Sweep()
    {
        var stale = from e in Metrics.Current.Entries
                    where e.Hits > 1_000_000
                    orderby e.Name
                    select e.Name;
        var resets = new Dictionary<string, long>();
        foreach (var name in stale)
        {
            resets[name] = 0;
        }

        return resets;
    }
}
