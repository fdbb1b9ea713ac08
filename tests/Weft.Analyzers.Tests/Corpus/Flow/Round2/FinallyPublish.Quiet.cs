// Round 2. Everything is written inside the try; the finally publishes last.
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
            entries.Sort();
        }
        finally
        {
            slot.Publish(entries, static () => { });
        }
    }
}
