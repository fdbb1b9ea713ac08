// Quiet twin of SwitchTypePatternWrites: the same switch over type patterns, but each case copies what it matched
// (ToList, ToArray, new HashSet) before writing the copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.SwitchTypePatternWritesQuiet;

[ThreadLocalSlot]
public sealed partial class Feed
{
    public ImmutableArray<int> Items { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    public static int Trim(object source)
    {
        object items = source is null ? Feed.Current.Items : source;
        switch (items)
        {
            case ImmutableArray<int> array when array.Length > 8:
                var list = array.ToList();
                list.RemoveAt(0);
                return list.Count;
            case ImmutableArray<int> array:
                var copy = array.ToArray();
                copy[0] = 0;
                return copy.Length;
            case IEnumerable<int> other:
                var set = new HashSet<int>(other);
                set.Clear();
                return set.Count;
        }

        return 0;
    }
}
