// WEFT0006: `s_byCode[code] = code.Length > 3 ? 2 : 1;` (a conditional on the right, no read of the dictionary), in a per-worker member: an indexer set on a static Dictionary (reported like Add). Probe beside
// IndexerSetInMember, whose `s_byCode[code] = s_byCode.TryGetValue(code, out int n) ? n + 1 : 1;` is missed.
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.ConditionalIndexerSet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly Dictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnError(string code)
    {
        _mine++;
        s_byCode[code] = code.Length > 3 ? 2 : 1; // expect: WEFT0006
    }
}
