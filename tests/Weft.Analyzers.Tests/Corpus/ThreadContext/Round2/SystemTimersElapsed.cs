// Round 2. A System.Timers.Timer raises Elapsed on the thread pool; the handler flushes the worker's batch.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.Round2.TimersElapsed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LogBatch
{
    public List<string> Lines { get; } = new();
}

public static class Flusher
{
    public static System.Timers.Timer Start()
    {
        var batch = LogBatch.Current;
        var timer = new System.Timers.Timer(1000);
        timer.Elapsed += (_, _) => batch.Lines.Clear(); // expect: WEFT0004
        timer.Start();
        return timer;
    }
}
