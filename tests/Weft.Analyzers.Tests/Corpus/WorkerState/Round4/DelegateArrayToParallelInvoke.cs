// WEFT0004: maintenance steps over the worker's pool are lambdas collected in an Action[] (collection expression) and
// run with Parallel.Invoke, on thread-pool threads. The page leaves open whether the report sits on the lambda that
// captures the state or on the call that hands the delegates over: #escape on each.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.DelegateArrayToParallelInvoke;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamPool
{
    public List<string> Idle { get; } = new();
    public Dictionary<string, DateTime> LastSeen { get; } = new();
}

public sealed class Maintenance
{
    public void Run(DateTime now)
    {
        var pool = UpstreamPool.Current;
        Action[] steps =
        [
            () => pool.Idle.RemoveAll(h => h.Length == 0), // expect: WEFT0004 #escape
            () => pool.LastSeen.Clear(), // expect: WEFT0004 #escape
        ];
        Parallel.Invoke(steps); // expect: WEFT0004 #escape
    }
}
