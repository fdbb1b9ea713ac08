// Round 2. The stop marker publishes what was read so far, but the loop goes on (no return) and keeps appending.
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
            }

            entries.Add(line); // expect: WEFT0002
        }
    }
}
