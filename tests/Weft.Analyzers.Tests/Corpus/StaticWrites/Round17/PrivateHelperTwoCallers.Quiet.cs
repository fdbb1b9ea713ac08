// Quiet twin of PrivateHelperTwoCallers: the helper uses a ConcurrentDictionary's AddOrUpdate (thread-safe; the values
// are ints, not shared objects).
using System.Collections.Concurrent;
using Weft;

namespace Corpus.R17.StaticWrites.PrivateHelperTwoCallers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class ErrorLog
{
    private static readonly ConcurrentDictionary<string, int> s_byCode = new();
    private int _mine;

    public void OnTimeout() { _mine++; Count("timeout"); }

    public void OnReset() { _mine++; Count("reset"); }

    private static void Count(string code)
    {
        s_byCode.AddOrUpdate(code, 1, (_, n) => n + 1);
    }
}
