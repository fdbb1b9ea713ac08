// WEFT0002: a field published through `Volatile.Read` (what it held) is published state: a write to it in another
// method of the type is reported.
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

    public void Commit() => _slot.Publish(Volatile.Read(ref _pending));

    public void Add(string name) => _pending.Add(name); // expect: WEFT0002
}
