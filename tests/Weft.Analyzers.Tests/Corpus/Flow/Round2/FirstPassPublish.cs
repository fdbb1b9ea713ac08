// Round 2. The publish happens on the first pass only, but the Add below it keeps running on later passes.
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
            if (i == 1)
            {
                slot.Publish(list);
            }

            list.Add(names[i]); // expect: WEFT0002
        }
    }
}
