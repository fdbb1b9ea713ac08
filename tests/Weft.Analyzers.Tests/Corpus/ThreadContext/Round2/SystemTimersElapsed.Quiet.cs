// Round 2. The flush runs on a DispatcherTimer of this worker's own loop.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.Round2.TimersElapsed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LogBatch
{
    public List<string> Lines { get; } = new();
}

public static class Flusher
{
    public static DispatcherTimer Start()
    {
        var batch = LogBatch.Current;
        return Dispatcher.Current!.CreateTimer(() => batch.Lines.Clear());
    }
}
