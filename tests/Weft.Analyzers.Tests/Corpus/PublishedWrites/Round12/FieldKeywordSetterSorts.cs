// C# 14 `field` keyword in a set accessor that sorts the list it is given: assigning the published list to the
// property is a call of the accessor with it (the page: a property with its own `set` is a call), which sorts it in
// place. Reading taken: reported at the assignment or inside the accessor (#escape).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.FieldKeywordSetterSorts;

public sealed class Ranking
{
    public List<int> Order
    {
        get => field;
        set
        {
            value.Sort(); // expect: WEFT0002 #escape
            field = value;
        }
    } = [];
}

public static class Rankings
{
    public static void Publish(Slot<List<int>> slot, Ranking ranking, List<int> scores)
    {
        slot.Publish(scores);
        ranking.Order = scores; // expect: WEFT0002 #escape
    }
}
