// A [WorkerUpdate] lazily fills a static with `??=`: every worker runs it at once, and two may each build and store
// their own instance.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.NullCoalescingStaticInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    private static Dictionary<string, string>? s_aliases;

    private readonly Dictionary<string, string> _local = new();

    [WorkerUpdate]
    private void Warm(string host)
    {
        s_aliases ??= new Dictionary<string, string>(); // expect: WEFT0006
        _local[host] = host;
    }
}
