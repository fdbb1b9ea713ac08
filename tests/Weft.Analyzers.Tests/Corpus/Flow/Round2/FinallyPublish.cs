// Round 2. The publish runs in a finally; the write after the try runs on the published list.
using System.Collections.Generic;
using System;
using Weft.Slots;

namespace Corpus.Flow.Round2.FinallyPublish;

public static class Reloader
{
    public static void Reload(Slot<List<string>> slot, Func<IEnumerable<string>> read)
    {
        var entries = new List<string>();
        try
        {
            entries.AddRange(read());
        }
        finally
        {
            slot.Publish(entries, static () => { });
        }

        entries.Sort(); // expect: WEFT0002
    }
}
