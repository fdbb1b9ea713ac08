// WEFT0008: `Slot<T>.Set` with defaults for every worker. The factory returns `new List<string>(defaults)`, a new list
// per worker: quiet.
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

namespace Corpus7b.SetFactoryCopyOrSharedQuiet;

public static class Defaults
{
    public static Slot<List<string>> Install(WorkerPool pool)
    {
        var defaults = new List<string> { "a.local", "b.local" };
        var slot = pool.AllocateSlot<List<string>>();
        slot.Set(_ => new List<string>(defaults));
        return slot;
    }
}
