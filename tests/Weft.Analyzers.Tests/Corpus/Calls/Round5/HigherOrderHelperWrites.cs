// WEFT0003 and WEFT0002: a generic higher-order helper `Apply<T>(T target, Action<T> change)` runs the caller's lambda
// on its argument; with snapshot data or a published list as the target, the lambda's write hits shared data.
// The lambda is written on the Apply line, so a report at the call or inside the lambda lands on the same line.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.HigherOrderHelperWrites;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public List<string> Names { get; init; } = new(); // expect: WEFT0001
}

public static class Helpers
{
    public static void Apply<T>(T target, Action<T> change) => change(target);
}

public static class Code
{
    public static void OnWorker()
    {
        Helpers.Apply(Tags.Current.Names, names => names.Add("x")); // expect: WEFT0003
    }

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var names = new List<string> { "a" };
        slot.Publish(names);
        Helpers.Apply(names, list => list.Sort()); // expect: WEFT0002
    }
}
