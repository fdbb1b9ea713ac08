// WEFT0004: a generic helper builds a lambda over its parameter (`static Action Forget<T>(ICollection<T> c) => () =>
// c.Clear();`); the caller hands the helper's result over Task.Run with the worker's set. Page: "A lambda a helper builds
// over its parameters ... carries what the caller passed: Task.Run(Forget(cache)) is reported at the Task.Run".
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.GenericForgetHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Blocklist
{
    public HashSet<string> Hosts { get; } = new();
}

public static class Helpers
{
    public static Action Forget<T>(ICollection<T> c) => () => c.Clear();
}

public static class Admin
{
    public static Task Reset()
    {
        var hosts = Blocklist.Current.Hosts;
        return Task.Run(Helpers.Forget(hosts)); // expect: WEFT0004
    }
}
