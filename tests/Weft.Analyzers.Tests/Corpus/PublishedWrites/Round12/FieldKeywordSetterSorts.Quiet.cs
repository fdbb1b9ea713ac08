// C# 14 `field` keyword in a set accessor that sorts what it is given: handed a copy of the published list, it sorts
// the copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.FieldKeywordSetterSortsQuiet;

public sealed class Ranking
{
    public List<int> Order
    {
        get => field;
        set
        {
            value.Sort();
            field = value;
        }
    } = [];
}

public static class Rankings
{
    public static void Publish(Slot<List<int>> slot, Ranking ranking, List<int> scores)
    {
        slot.Publish(scores);
        ranking.Order = [.. scores];
    }
}
