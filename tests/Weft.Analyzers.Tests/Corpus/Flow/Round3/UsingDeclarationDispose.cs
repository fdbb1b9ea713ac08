// Round 3. A `using` declaration disposes the published object at the end of the scope, after it was published:
// Dispose writes the object's state (here it clears its buffer) while workers read it.
// Reading taken: an implicit Dispose call at scope end is a call on the published object like any other write.
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
        using var lease = new Lease(); // expect: WEFT0002 #escape
        slot.Publish(lease); // expect: WEFT0002 #escape
    } // expect: WEFT0002 #escape
}
