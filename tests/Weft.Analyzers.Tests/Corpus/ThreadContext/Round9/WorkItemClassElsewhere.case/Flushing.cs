using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.R9.WorkItemClassElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OutputBuffer
{
    public List<string> Lines { get; } = new();
}

public static class Flushing
{
    public static void Flush()
    {
        ThreadPool.UnsafeQueueUserWorkItem(new FlushJob(OutputBuffer.Current.Lines), preferLocal: false); // expect: WEFT0004
    }
}
