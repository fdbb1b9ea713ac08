// Round 2. The switch appends first and publishes at the end: `goto case` only leads towards the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.GotoCase;

public enum Mode { Full, Append }

public static class Loader
{
    public static void Load(Slot<List<string>> slot, Mode mode, List<string> rows, string extra)
    {
        switch (mode)
        {
            case Mode.Append:
                rows.Add(extra);
                goto case Mode.Full;
            case Mode.Full:
                slot.Publish(rows);
                break;
        }
    }
}
