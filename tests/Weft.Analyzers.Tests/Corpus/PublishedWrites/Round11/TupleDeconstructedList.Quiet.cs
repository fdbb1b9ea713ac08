// Quiet twin: the late name goes into a new list (a spread copy), which is published in turn.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.TupleDeconstructedListQuiet;

public static class Names
{
    private static (List<string> Names, int Version) Build() => (["a", "b"], 7);

    public static void Refresh(Slot<List<string>> slot)
    {
        var (names, version) = Build();
        slot.Publish(names);
        if (version > 5)
        {
            List<string> next = [.. names, "late"];
            slot.Publish(next);
        }
    }
}
