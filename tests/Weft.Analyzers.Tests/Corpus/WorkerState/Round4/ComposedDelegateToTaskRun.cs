// WEFT0004: method groups over the worker's cache are combined into one Action with += and the combined delegate is
// handed to Task.Run. #escape: the page does not say whether the report sits where the delegate is built or where it
// is handed over.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ComposedDelegateToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    readonly Dictionary<string, byte[]> _entries = new();

    public void DropExpired() => _entries.Clear();
    public void Compact() => _entries.TrimExcess();
}

public sealed class Housekeeping
{
    public Task RunAsync()
    {
        var cache = ResponseCache.Current;
        Action work = cache.DropExpired; // expect: WEFT0004 #escape
        work += cache.Compact; // expect: WEFT0004 #escape
        return Task.Run(work); // expect: WEFT0004 #escape
    }
}
