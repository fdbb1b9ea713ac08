// Round 2. A helper takes the list by ref and clears it in place: called with the published list, it writes it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.RefParameter;

public static class Buffers
{
    public static void Flush(Slot<List<string>> slot, List<string> pending)
    {
        slot.Publish(pending);
        Reset(ref pending); // expect: WEFT0002
    }

    private static void Reset(ref List<string> list) => list.Clear();
}
