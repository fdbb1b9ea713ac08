// The quiet twin: the override builds a new instance on every call.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.FactoryThroughVirtualQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers
{
    public List<byte[]> Free { get; } = new();
}

public abstract class BufferProvider
{
    public abstract Buffers Create();
}

public sealed class FreshProvider : BufferProvider
{
    public override Buffers Create() => new Buffers();
}

public static class Setup
{
    public static void Install(WorkerPool pool)
    {
        BufferProvider provider = new FreshProvider();
        Buffers.Initialize(pool, _ => provider.Create());
    }
}
