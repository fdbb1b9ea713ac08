// A user API in the style of Post<TState>: its delegate is marked [RunsOnAnotherThread] and its state
// [PassedToCallback]. A `static` lambda is handed the worker's queue as that state.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.UserPostStateApi;

public static class Background
{
    public static void Defer<TState>([RunsOnAnotherThread] Action<TState> work, [PassedToCallback] TState state) =>
        ThreadPool.QueueUserWorkItem(work, state, preferLocal: false);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public Queue<string> Pending { get; } = new();
}

public static class Sender
{
    public static void Flush()
    {
        Background.Defer(static pending => pending.Clear(), Outbox.Current.Pending); // expect: WEFT0004
    }
}
