// Round 2. Two helpers deep: the outer one forwards the list to the inner one, which clears it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.TwoLevel;

public static class Maintenance
{
    public static void Publish(Slot<List<string>> slot, List<string> banned)
    {
        slot.Publish(banned);
        Sanitizer.Sanitize(banned); // expect: WEFT0002
    }
}

public static class Sanitizer
{
    public static void Sanitize(List<string> items)
    {
        if (items.Count > 1000)
        {
            Purger.Purge(items);
        }
    }
}

public static class Purger
{
    public static void Purge(List<string> items) => items.Clear();
}
