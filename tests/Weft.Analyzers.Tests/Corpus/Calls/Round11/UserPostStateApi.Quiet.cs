// Quiet twin: the state is an array the worker copied out of its queue (which it then clears itself).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.UserPostStateApiQuiet;

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
        var outbox = Outbox.Current;
        string[] batch = [.. outbox.Pending];
        outbox.Pending.Clear();
        Background.Defer(static lines => Send(lines), batch);
    }

    private static void Send(string[] lines)
    {
    }
}
