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
        var home = Weft.Threading.Dispatcher.Current!;
        ticker.Tick += n => home.Post(() => pending.Ticks.Enqueue(n));
    }
}
