// Quiet twin of ConditionalIndexerSet: the same statement under lock.
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
        lock (s_byCode)
        {
            s_byCode[code] = code.Length > 3 ? 2 : 1;
        }
    }
}
