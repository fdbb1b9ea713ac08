// WEFT0007: a readonly record struct argument to a [WorkerUpdate]. Its second member is a List<int> (one token apart in the declaration): the struct carries one list
// to every worker. Reported at the broadcast.
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

namespace Corpus7b.RecordStructImmutableOrListMember;

public readonly record struct Change(string Host, List<int> Weights);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Balancer
{
    private readonly Dictionary<string, int> _weights = new();

    [WorkerUpdate]
    void Apply(Change change) => _weights[change.Host] = change.Weights.Sum();
}

public static class Rollout
{
    public static Task PushAsync(WorkerPool pool) =>
        Balancer.ApplyOnAllWorkersAsync(pool, new Change("api", [1, 2, 3])); // expect: WEFT0007
}
