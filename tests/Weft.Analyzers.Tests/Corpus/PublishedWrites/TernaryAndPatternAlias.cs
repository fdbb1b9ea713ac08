// The published object is chosen by a ternary, or reached through a type pattern: both keep an alias.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Ternary;

public static class Selector
{
    public static void Publish(Slot<List<string>> slot, List<string> primary, List<string> backup, bool usePrimary)
    {
        slot.Publish(usePrimary ? primary : backup);
        primary.Add("checked"); // expect: WEFT0002
    }

    public static void PublishAny(Slot<List<string>> slot, IList<string> candidate)
    {
        if (candidate is List<string> list)
        {
            slot.Publish(list);
        }

        candidate.Add("seen"); // expect: WEFT0002
    }
}
