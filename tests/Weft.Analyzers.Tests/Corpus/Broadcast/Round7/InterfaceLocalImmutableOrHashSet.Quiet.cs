// WEFT0007: an interface-typed local assigned once at its declaration, then broadcast. The page: such a local is judged
// by the value it was given. `ToImmutableHashSet()`: quiet.
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

namespace Corpus7b.InterfaceLocalImmutableOrHashSetQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Gate
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    void Block(IReadOnlyCollection<string> hosts) => _blocked.UnionWith(hosts);
}

public static class Blocklist
{
    public static Task PushAsync(WorkerPool pool, IEnumerable<string> names)
    {
        IReadOnlyCollection<string> blocked = names.ToImmutableHashSet();
        return Gate.BlockOnAllWorkersAsync(pool, blocked);
    }
}
