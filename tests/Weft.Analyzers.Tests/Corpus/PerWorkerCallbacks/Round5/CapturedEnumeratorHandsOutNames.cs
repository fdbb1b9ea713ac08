// WEFT0008: the factory hands out names by advancing a captured enumerator (`names.MoveNext()` mutates the captured
// local), on every worker at once.
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

namespace Corpus5b.CapturedEnumeratorHandsOutNames;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Jitter
{
    public int Seed { get; init; }
    public string Name { get; init; } = "";
}

public static class Setup
{
    public static void Start(WorkerPool pool, List<string> available)
    {
        List<string>.Enumerator names = available.GetEnumerator();
        Jitter.Initialize(pool, _ =>
        {
            names.MoveNext(); // expect: WEFT0008
            return new Jitter { Name = names.Current };
        });
    }
}
