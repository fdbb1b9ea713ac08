// Round 2. Two helpers deep, and the inner one only counts: the published list is read, not written.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.TwoLevel;

public static class Maintenance
{
    public static int Publish(Slot<List<string>> slot, List<string> banned)
    {
        slot.Publish(banned);
        return Sanitizer.Sanitize(banned);
    }
}

public static class Sanitizer
{
    public static int Sanitize(List<string> items) => items.Count > 1000 ? Counter.Count(items) : 0;
}

public static class Counter
{
    public static int Count(List<string> items) => items.FindAll(i => i.Length == 0).Count;
}
