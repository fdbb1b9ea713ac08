// WEFT0006: a static set written under a System.Threading.Lock scope declared with `using var` in an inner block.
// The Add is inside that block, in the scope: quiet.
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

namespace Corpus7b.LockScopeBlockEndsBeforeAddQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class KeyIndex
{
    private static readonly Lock s_lock = new();
    private static readonly HashSet<string> s_keys = new();
    public int Count;

    [WorkerUpdate]
    void Add(string key)
    {
        {
            using var scope = s_lock.EnterScope();
            Count = s_keys.Count;
            s_keys.Add(key);
        }
    }
}
