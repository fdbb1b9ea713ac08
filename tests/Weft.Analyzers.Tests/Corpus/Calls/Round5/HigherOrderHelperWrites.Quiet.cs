// Quiet twin of HigherOrderHelperWrites: the same helper, with a copy of the snapshot's names as the target, and on
// main before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.HigherOrderHelperWritesQuiet;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;
}

public static class Helpers
{
    public static void Apply<T>(T target, Action<T> change) => change(target);
}

public static class Code
{
    public static void OnWorker()
    {
        Helpers.Apply(Tags.Current.Names.ToList(), names => names.Add("x"));
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var names = new List<string> { "a" };
        Helpers.Apply(names, list => list.Sort());
        slot.Publish(names);
    }
}
