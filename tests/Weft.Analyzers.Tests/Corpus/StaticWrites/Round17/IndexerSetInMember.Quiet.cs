// Quiet twin of IndexerSetInMember: the write runs under lock.
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
        lock (s_byCode)
        {
            s_byCode[code] = s_byCode.TryGetValue(code, out int n) ? n + 1 : 1;
        }
    }
}
