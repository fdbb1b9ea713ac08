// WEFT0004: KeyValuePair.Create over the worker's list (page: "KeyValuePair.Create ... carry it") passed as the state
// of ThreadPool.QueueUserWorkItem<TState> (page: state arguments of the entry-point table go where the delegate goes).
// The page does not say whether this is reported at the state argument or at the lambda's use of its parameter:
// #escape marks both lines.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.KeyValueStateToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Sessions
{
    public List<string> Expired { get; } = new();
}

public static class Sweeper
{
    public static void Sweep()
    {
        var entry = KeyValuePair.Create("expired", Sessions.Current.Expired);
        ThreadPool.QueueUserWorkItem(
            static e => e.Value.Clear(), // expect: WEFT0004 #escape
            entry, // expect: WEFT0004 #escape
            preferLocal: false);
    }
}
