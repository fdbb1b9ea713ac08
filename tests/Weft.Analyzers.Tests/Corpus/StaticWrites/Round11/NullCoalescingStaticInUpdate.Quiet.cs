// Quiet twin: the static is filled once with Interlocked.CompareExchange (the first store wins).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.NullCoalescingStaticInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    private static Dictionary<string, string>? s_aliases;

    private readonly Dictionary<string, string> _local = new();

    [WorkerUpdate]
    private void Warm(string host)
    {
        Interlocked.CompareExchange(ref s_aliases, new Dictionary<string, string>(), null);
        _local[host] = host;
    }
}
