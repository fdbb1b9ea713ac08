// The ternary and the pattern feed a copy to the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.Ternary;

public static class Selector
{
    public static void Publish(Slot<List<string>> slot, List<string> primary, List<string> backup, bool usePrimary)
    {
        slot.Publish(new List<string>(usePrimary ? primary : backup));
        primary.Add("checked");
    }

    public static void PublishAny(Slot<List<string>> slot, IList<string> candidate)
    {
        if (candidate is List<string> list)
        {
            slot.Publish(new List<string>(list));
        }

        candidate.Add("seen");
    }
}
