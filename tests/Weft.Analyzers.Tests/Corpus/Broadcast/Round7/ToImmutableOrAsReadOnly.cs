// WEFT0007: a host list broadcast to a [WorkerUpdate] taking IReadOnlyList<string>. The argument is `AsReadOnly()`: a view over the caller's
// List, which the caller can still change while N workers read it.
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

namespace Corpus7b.ToImmutableOrAsReadOnly;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    void Replace(IReadOnlyList<string> hosts)
    {
        _hosts.Clear();
        _hosts.UnionWith(hosts);
    }
}

public static class Admin
{
    public static Task PushAsync(WorkerPool pool, List<string> hosts) =>
        HostFilter.ReplaceOnAllWorkersAsync(pool, hosts.AsReadOnly()); // expect: WEFT0007
}
