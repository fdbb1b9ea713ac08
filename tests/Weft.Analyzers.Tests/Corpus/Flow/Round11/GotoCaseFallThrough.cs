// `goto case` falls from the publishing case into the case that appends: on that path the append is after the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.GotoCaseFallThrough;

public static class Stages
{
    public static void Apply(Slot<List<string>> slot, List<string> config, int stage)
    {
        switch (stage)
        {
            case 0:
                slot.Publish(config);
                goto case 1;
            case 1:
                config.Add("stage-1"); // expect: WEFT0002
                break;
        }
    }
}
