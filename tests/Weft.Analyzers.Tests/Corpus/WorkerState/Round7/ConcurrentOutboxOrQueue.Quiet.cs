// WEFT0004: a per-worker outbox drained on a pool thread. The outbox is a ConcurrentQueue: the page says members of
// thread-safe types are not worker state: quiet.
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

namespace Corpus7b.ConcurrentOutboxOrQueueQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Mailer
{
    public ConcurrentQueue<string> Outbox { get; } = new();
}

public static class Drain
{
    public static Task RunAsync()
    {
        var outbox = Mailer.Current.Outbox;
        return Task.Run(() => { while (outbox.TryDequeue(out var line)) Console.WriteLine(line); });
    }
}
