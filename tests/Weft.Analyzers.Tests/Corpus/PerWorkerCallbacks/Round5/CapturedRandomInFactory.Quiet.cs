// Quiet twin of CapturedRandomInFactory: Random.Shared is thread-safe.
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

namespace Corpus5b.CapturedRandomInFactoryQuiet;

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
        Jitter.Initialize(pool, _ => new Jitter { Seed = Random.Shared.Next() });
    }
}
