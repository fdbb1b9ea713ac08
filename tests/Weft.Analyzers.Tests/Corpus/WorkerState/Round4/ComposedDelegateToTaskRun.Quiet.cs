// Quiet twin of ComposedDelegateToTaskRun: the combined delegate is posted to the calling loop (Dispatcher.Current).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

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
    public void Run()
    {
        var cache = ResponseCache.Current;
        Action work = cache.DropExpired;
        work += cache.Compact;
        Dispatcher.Current!.Post(work);
    }
}
