// A `static` lambda captures nothing, but as a per-worker factory it returns the one instance a static field holds:
// every worker shares it. Reading taken: returning a static's object is returning one shared instance.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.StaticLambdaFactoryShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers
{
    public Stack<byte[]> Free { get; } = new();
}

public static class Setup
{
    private static readonly Buffers s_default = new();

    public static void Run(WorkerPool pool)
    {
        Buffers.Initialize(pool, static _ => s_default); // expect: WEFT0008
    }
}
