// A helper returns a tuple; the list deconstructed out of it is published, and then appended to.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.TupleDeconstructedList;

public static class Names
{
    private static (List<string> Names, int Version) Build() => (["a", "b"], 7);

    public static void Refresh(Slot<List<string>> slot)
    {
        var (names, version) = Build();
        slot.Publish(names);
        if (version > 5)
        {
            names.Add("late"); // expect: WEFT0002
        }
    }
}
