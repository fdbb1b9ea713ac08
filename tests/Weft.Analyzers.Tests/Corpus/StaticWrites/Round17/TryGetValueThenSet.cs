// WEFT0006: `s_byCode.TryGetValue(code, out int n);` then `s_byCode[code] = n + 1;` on the next line, in a per-worker
// member: the indexer set is the mutation (reported there). Probe beside IndexerSetInMember (both in one expression).
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.TryGetValueThenSet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly Dictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnError(string code)
    {
        _mine++;
        s_byCode.TryGetValue(code, out int n);
        s_byCode[code] = n + 1; // expect: WEFT0006
    }
}
