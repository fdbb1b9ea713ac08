using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.R9.EventRaisedElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pending
{
    public Queue<long> Ticks { get; } = new();
}

public static class Subscriber
{
    public static void Attach(Ticker ticker)
    {
        Pending pending = Pending.Current;
        ticker.Tick += n => pending.Ticks.Enqueue(n); // expect: WEFT0004
    }
}
