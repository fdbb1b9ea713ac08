// WEFT0008: the per-worker factory calls `Next()` on a captured Random (a non-thread-safe object: Next mutates its
// state), on every worker at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CapturedRandomInFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Jitter
{
    public int Seed { get; init; }
    public string Name { get; init; } = "";
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        var rng = new Random(42);
        Jitter.Initialize(pool, _ => new Jitter { Seed = rng.Next() }); // expect: WEFT0008
    }
}
