// Round 2. `goto case` carries the "full" branch, after its publish, into the branch that appends.
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
            case Mode.Full:
                slot.Publish(rows);
                goto case Mode.Append;
            case Mode.Append:
                rows.Add(extra); // expect: WEFT0002
                break;
        }
    }
}
