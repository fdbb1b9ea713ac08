// Quiet twin: the cases are ordered so that `goto case` runs the append first and the publish last.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.GotoCaseFallThroughQuiet;

public static class Stages
{
    public static void Apply(Slot<List<string>> slot, List<string> config, int stage)
    {
        switch (stage)
        {
            case 0:
                config.Add("stage-1");
                goto case 1;
            case 1:
                slot.Publish(config);
                break;
        }
    }
}
