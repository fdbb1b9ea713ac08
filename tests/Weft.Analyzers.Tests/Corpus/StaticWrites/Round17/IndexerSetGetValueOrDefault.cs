// WEFT0006: `s_byCode[code] = s_byCode.GetValueOrDefault(code) + 1;` in a per-worker member: an indexer set on a static
// Dictionary whose value is read from the same dictionary (a read-modify-write of the entry and a mutation of the
// collection). Probe beside IndexerSetInMember (TryGetValue on the right) and IndexerSetPlain (no read).
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.IndexerSetGetValueOrDefault;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly Dictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnError(string code)
    {
        _mine++;
        s_byCode[code] = s_byCode.GetValueOrDefault(code) + 1; // expect: WEFT0006
    }
}
