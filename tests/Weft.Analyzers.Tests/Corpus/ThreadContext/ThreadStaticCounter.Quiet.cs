// A [ThreadStatic] field belongs to the thread that touches it: incrementing it from worker code is no race.
using System;
using Weft;

namespace Corpus.ThreadContext.ThreadStaticField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Parser
{
    [ThreadStatic]
    private static int t_parsed;

    [ThreadStatic]
    private static char[]? t_scratch;

    [WorkerUpdate]
    public void Reset()
    {
        t_parsed++;
        t_scratch ??= new char[256];
        t_scratch[0] = '\0';
    }
}
