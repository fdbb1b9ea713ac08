// Quiet twin of SlowRequestLog: the process-wide ring is a ConcurrentQueue, safe for every worker's helper call at
// once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R14.SlowRequestLogQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestTimer
{
    private const int RingSize = 200;
    private static readonly ConcurrentQueue<string> s_recentSlow = new();
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
        s_recentSlow.Enqueue(line);
        while (s_recentSlow.Count > RingSize)
        {
            s_recentSlow.TryDequeue(out _);
        }
    }
}
