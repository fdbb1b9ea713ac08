// WEFT0004: a per-worker outbox drained on a pool thread. It is a plain Queue (one token apart): the pool thread dequeues
// while the worker enqueues.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ConcurrentOutboxOrQueue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Mailer
{
    public Queue<string> Outbox { get; } = new();
}

public static class Drain
{
    public static Task RunAsync()
    {
        var outbox = Mailer.Current.Outbox;
        return Task.Run(() => { while (outbox.TryDequeue(out var line)) Console.WriteLine(line); }); // expect: WEFT0004
    }
}
