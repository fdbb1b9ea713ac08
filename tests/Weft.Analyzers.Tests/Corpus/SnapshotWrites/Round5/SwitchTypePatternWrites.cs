// WEFT0003: a `switch` statement with type patterns (and a `when` clause) over a snapshot member typed as an
// interface; each case variable is the snapshot's own collection. Reading: an interface-typed member is reported by
// WEFT0001 (it may hold a List<T>), once, on its declaration.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.SwitchTypePatternWrites;

[ThreadLocalSlot]
public sealed partial class Feed
{
    public IEnumerable<int> Items { get; init; } = new List<int>(); // expect: WEFT0001
}

public static class Worker
{
    public static void Trim()
    {
        switch (Feed.Current.Items)
        {
            case List<int> list when list.Count > 8:
                list.RemoveAt(0); // expect: WEFT0003
                break;
            case int[] array:
                array[0] = 0; // expect: WEFT0003
                break;
            case HashSet<int> set:
                set.Clear(); // expect: WEFT0003
                break;
        }
    }
}
