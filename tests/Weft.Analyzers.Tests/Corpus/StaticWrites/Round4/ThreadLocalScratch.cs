// WEFT0006: the twin of ThreadLocalScratch.Quiet with a plain static List as the scratch: every worker clears and
// fills the same list at once.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.ThreadLocalScratch;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HeaderParser
{
    static readonly List<string> s_scratch = new();
    int _parsed;

    [WorkerUpdate]
    void Parse(string raw)
    {
        var parts = s_scratch;
        parts.Clear(); // expect: WEFT0006
        parts.AddRange(raw.Split(',')); // expect: WEFT0006
        _parsed += parts.Count;
    }
}
