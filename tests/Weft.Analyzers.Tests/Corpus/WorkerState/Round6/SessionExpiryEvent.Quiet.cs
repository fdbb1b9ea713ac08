// Quiet twin of SessionExpiryEvent: the notifier raises Expired from a loop timer of the subscribing worker.
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
    private readonly DispatcherTimer _timer;
    private readonly TimeSpan _idle;

    public ExpiryNotifier(TimeSpan idle)
    {
        _idle = idle;
        _timer = Dispatcher.Current!.CreateTimer(() => { Expired?.Invoke(DateTime.UtcNow - _idle); _timer!.Enable(_idle); });
        _timer.Enable(idle);
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
        notifier.Expired += cutoff => sessions.Forget(cutoff);
        return notifier;
    }
}
