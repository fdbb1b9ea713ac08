// Round 3. The lease is published without a `using` declaration: the caller hands its lifetime to the slot.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Flow.Round3.UsingDeclarationDispose;

public sealed class Lease : IDisposable
{
    private readonly List<byte[]> _buffers = new();

    public void Dispose() => _buffers.Clear();
}

public static class Leases
{
    public static void Share(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Lease>();
        var lease = new Lease();
        slot.Publish(lease);
    }
}
