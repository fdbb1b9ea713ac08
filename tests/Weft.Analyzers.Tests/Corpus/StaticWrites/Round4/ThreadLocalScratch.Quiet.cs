// Quiet: a static ThreadLocal<T> gives each thread its own list; a [WorkerUpdate] method clears and fills this thread's
// list. Reading taken: the pages say a [ThreadStatic] field "belongs to its thread and is never shared state";
// ThreadLocal<T>.Value is the same per-thread storage, so the static ThreadLocal field is not a shared collection.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.ThreadLocalScratch;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HeaderParser
{
    static readonly ThreadLocal<List<string>> s_scratch = new(() => new List<string>());
    int _parsed;

    [WorkerUpdate]
    void Parse(string raw)
    {
        var parts = s_scratch.Value!;
        parts.Clear();
        parts.AddRange(raw.Split(','));
        _parsed += parts.Count;
    }
}
