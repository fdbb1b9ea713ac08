// Round 2. The ref helper replaces the caller's list with a fresh one; the Add after it writes the fresh list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.RefParameter;

public static class Buffers
{
    public static List<string> Flush(Slot<List<string>> slot, List<string> pending)
    {
        slot.Publish(pending);
        Reset(ref pending);
        pending.Add("marker");
        return pending;
    }

    private static void Reset(ref List<string> list) => list = new List<string>();
}
