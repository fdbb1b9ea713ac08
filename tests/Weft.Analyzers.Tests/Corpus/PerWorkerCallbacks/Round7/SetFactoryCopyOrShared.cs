// WEFT0008: `Slot<T>.Set` with defaults for every worker. It returns the captured `defaults` list itself: every worker shares it.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.SetFactoryCopyOrShared;

public static class Defaults
{
    public static Slot<List<string>> Install(WorkerPool pool)
    {
        var defaults = new List<string> { "a.local", "b.local" };
        var slot = pool.AllocateSlot<List<string>>();
        slot.Set(_ => defaults); // expect: WEFT0008
        return slot;
    }
}
