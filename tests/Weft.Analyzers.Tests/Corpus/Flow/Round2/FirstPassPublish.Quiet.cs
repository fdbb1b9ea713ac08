// Round 2. The loop fills the list; the publish waits until the loop is done.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.FirstPass;

public static class Warmup
{
    public static void Fill(Slot<List<string>> slot, string[] names)
    {
        var list = new List<string>();
        for (int i = 0; i < names.Length; i++)
        {
            if (i == 1 && names[i].Length == 0)
            {
                continue;
            }

            list.Add(names[i]);
        }

        slot.Publish(list);
    }
}
