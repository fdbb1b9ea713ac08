// Quiet twin: the static lambda builds a new instance for every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.StaticLambdaFactorySharedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers
{
    public Stack<byte[]> Free { get; } = new();
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        Buffers.Initialize(pool, static _ => new Buffers());
    }
}
