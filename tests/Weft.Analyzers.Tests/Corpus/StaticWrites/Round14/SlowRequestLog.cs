// A per-worker request timer (per-worker slot type) that keeps the worker's own slow-request counts and also feeds a
// process-wide "recent slow requests" ring that the admin page shows. The ring is a static Queue<string>, written by
// the type's private static helper: every worker enqueues and dequeues at once (WEFT0006; the page says a static write
// in a per-worker type's private static helper is reported there, in the helper, once). The quiet twin makes the ring
// a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R14.SlowRequestLogDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestTimer
{
    private const int RingSize = 200;
    private static readonly Queue<string> s_recentSlow = new();
    private readonly Dictionary<string, int> _slowByRoute = new(StringComparer.Ordinal);
    private TimeSpan _threshold = TimeSpan.FromMilliseconds(500);

    public static IReadOnlyCollection<string> RecentSlow => s_recentSlow;

    public void Finished(string route, TimeSpan elapsed, int status)
    {
        if (elapsed < _threshold)
        {
            return;
        }

        _slowByRoute[route] = _slowByRoute.GetValueOrDefault(route) + 1;
        Remember($"{DateTimeOffset.UtcNow:O} {route} {status} {elapsed.TotalMilliseconds:F0}ms");
    }

    [WorkerUpdate]
    public void SetThreshold(TimeSpan threshold) => _threshold = threshold;

    private static void Remember(string line)
    {
        s_recentSlow.Enqueue(line); // expect: WEFT0006
        while (s_recentSlow.Count > RingSize)
        {
            s_recentSlow.TryDequeue(out _); // expect: WEFT0006
        }
    }
}
