// WEFT0006: a static Dictionary written by indexer (after a TryGetValue) directly in a per-worker type's public member.
// Page: "Add/Remove/Clear… on a static non-concurrent collection"; an indexer set adds or replaces an entry. (Probe
// beside PrivateHelperTwoCallers: the same write without the private helper.)
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.IndexerSetInMember;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly Dictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnError(string code)
    {
        _mine++;
        s_byCode[code] = s_byCode.TryGetValue(code, out int n) ? n + 1 : 1; // expect: WEFT0006
    }
}
