// Quiet twin of VolatileFieldPublished: the publish swaps a new list in (`Interlocked.Exchange` returns what the field
// held, that is what is published); the field never holds a published object afterwards, so `Add` writes the new list.
// Reading taken: the page says Exchange stores as `=` does and its value is what the field held; a publishing method
// that leaves a new object in the field on every path hands the other methods that new object.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class VolatileFieldPublished
{
    private readonly Slot<List<string>> _slot;
    private List<string> _pending = new();

    public VolatileFieldPublished(Slot<List<string>> slot) => _slot = slot;

    public void Commit() => _slot.Publish(Interlocked.Exchange(ref _pending, new List<string>()));

    public void Add(string name) => _pending.Add(name);
}
