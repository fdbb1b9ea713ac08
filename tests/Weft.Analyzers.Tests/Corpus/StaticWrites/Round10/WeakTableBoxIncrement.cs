// A ConditionalWeakTable (thread-safe itself) whose StrongBox<int> values are incremented from every worker; the box
// is shared by all workers that look the same key up: `box.Value++` loses increments.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.StaticWrites.Round10.WeakTableBoxIncrement;

public static class Tags
{
    public static readonly object SharedKey = new();
    public static readonly ConditionalWeakTable<object, StrongBox<int>> Counts = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tagger
{
    [WorkerUpdate]
    private void Count()
    {
        var box = Tags.Counts.GetOrCreateValue(Tags.SharedKey);
        box.Value++; // expect: WEFT0006
    }
}
