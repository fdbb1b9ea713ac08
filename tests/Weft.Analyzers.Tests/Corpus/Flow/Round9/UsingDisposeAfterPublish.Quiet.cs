// WEFT0002: "the Dispose that a using declaration or block calls at the end of its scope (your type's Dispose)". A
// lease clears the buffer it was built over when disposed; the buffer is published inside the lease's scope, so the
// Dispose at the end of the method writes it. Where the report goes (the using declaration or the scope's end) the
// page does not say: #escape on both.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.R9.UsingDisposeAfterPublish;

public sealed class ScratchLease(List<string> buffer) : IDisposable
{
    public List<string> Buffer => buffer;

    public void Dispose() => buffer.Clear();
}

public static class Exporter
{
    public static void Export(Slot<List<string>> slot, IEnumerable<string> names)
    {
        var buffer = new List<string>();
        using var lease = new ScratchLease(buffer);
        lease.Buffer.AddRange(names);
        slot.Publish(new List<string>(buffer));
    }
}
