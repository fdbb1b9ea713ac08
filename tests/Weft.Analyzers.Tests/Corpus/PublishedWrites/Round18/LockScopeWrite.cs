// WEFT0002: a write inside a `System.Threading.Lock` scope after the publish is still a write of the published list
// (workers read it without taking the lock).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class LockScopeWrite
{
    private readonly Lock _gate = new();

    public void Run(Slot<List<string>> slot)
    {
        var names = new List<string>();
        slot.Publish(names);
        lock (_gate)
        {
            names.Add("late"); // expect: WEFT0002
        }
    }
}
