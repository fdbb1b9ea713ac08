using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.AliasFromHelperElsewhere;

public static class Publisher
{
    public static void Publish(Slot<List<string>> slot, IEnumerable<string> names)
    {
        var all = new List<string>(names);
        List<string> top = Lists.Trimmed(all, 16);
        slot.Publish(all);
        top.Add("(more)"); // expect: WEFT0002
    }
}
