using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.HelperSortsSnapshot;

public static class Ordering
{
    public static decimal Median(List<decimal> values)
    {
        values.Sort();
        return values.Count == 0 ? 0m : values[values.Count / 2];
    }
}
