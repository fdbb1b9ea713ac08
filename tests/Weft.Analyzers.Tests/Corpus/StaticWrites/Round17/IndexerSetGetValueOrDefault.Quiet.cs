// Quiet twin of IndexerSetGetValueOrDefault: the same statements under lock.
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
        lock (s_byCode)
        {
            s_byCode[code] = s_byCode.GetValueOrDefault(code) + 1;
        }
    }
}
