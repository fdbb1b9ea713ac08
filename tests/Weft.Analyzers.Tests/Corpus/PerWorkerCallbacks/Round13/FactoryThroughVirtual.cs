// A per-worker factory asks a provider (typed by its abstract base) for the instance; the only override returns the
// one instance it keeps, so every worker gets the same object. Reading taken: the factory returns what the call
// returns, judged by the override's return, reported at the factory's return.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.FactoryThroughVirtual;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffers
{
    public List<byte[]> Free { get; } = new();
}

public abstract class BufferProvider
{
    public abstract Buffers Create();
}

public sealed class SharedProvider : BufferProvider
{
    private readonly Buffers _instance = new();

    public override Buffers Create() => _instance;
}

public static class Setup
{
    public static void Install(WorkerPool pool)
    {
        BufferProvider provider = new SharedProvider();
        Buffers.Initialize(pool, _ => provider.Create()); // expect: WEFT0008
    }
}
