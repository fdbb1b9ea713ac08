// Quiet twin of LockScopeWrite: the locked write runs before the publish.
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
        lock (_gate)
        {
            names.Add("early");
        }
        slot.Publish(names);
    }
}
