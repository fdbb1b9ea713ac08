// Per-worker session table with an expiry notifier. Defect: the notifier raises Expired from a
// System.Threading.Timer callback, and the worker subscribes a handler that removes from its own table
// (WEFT0004 where the handler is added: the page says a handler over worker state added to an event its type
// raises on another thread is reported there).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus6b.SessionExpiryEvent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LocalSessions
{
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);

    public void Touch(string id) => _lastSeen[id] = DateTime.UtcNow;

    public void Forget(DateTime olderThan)
    {
        foreach (var pair in new List<KeyValuePair<string, DateTime>>(_lastSeen))
        {
            if (pair.Value < olderThan) _lastSeen.Remove(pair.Key);
        }
    }
}

public sealed class ExpiryNotifier : IDisposable
{
    private readonly Timer _timer;
    private readonly TimeSpan _idle;

    public ExpiryNotifier(TimeSpan idle)
    {
        _idle = idle;
        _timer = new Timer(_ => Expired?.Invoke(DateTime.UtcNow - _idle), null, idle, idle);
    }

    public event Action<DateTime>? Expired;

    public void Dispose() => _timer.Dispose();
}

public static class WorkerWiring
{
    public static ExpiryNotifier Attach()
    {
        LocalSessions sessions = LocalSessions.Current;
        var notifier = new ExpiryNotifier(TimeSpan.FromMinutes(5));
        notifier.Expired += cutoff => sessions.Forget(cutoff); // expect: WEFT0004
        return notifier;
    }
}
