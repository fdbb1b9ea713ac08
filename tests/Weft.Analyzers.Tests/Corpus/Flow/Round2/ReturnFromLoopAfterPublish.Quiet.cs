// Round 2. The stop marker publishes and returns: the Add never runs on the published list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.ReturnFromLoop;

public static class Reader
{
    public static void Read(Slot<List<string>> slot, IEnumerable<string> lines)
    {
        var entries = new List<string>();
        foreach (string line in lines)
        {
            if (line == "---")
            {
                slot.Publish(entries);
                return;
            }

            entries.Add(line);
        }

        slot.Publish(entries);
    }
}
