// Quiet twin of ErrorTally: the tally counts with Interlocked.Increment into an array indexed by status class, so
// every worker's callback may add at once.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ErrorTallyQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RecentErrors
{
    public Queue<(int Status, string Route)> Last { get; } = new();

    public void Record(int status, string route)
    {
        Last.Enqueue((status, route));
        if (Last.Count > 500)
        {
            Last.Dequeue();
        }
    }
}

public sealed class ErrorTally
{
    private readonly int[] _byClass = new int[6];

    public void Add(RecentErrors errors)
    {
        foreach (var (status, _) in errors.Last)
        {
            int statusClass = Math.Clamp(status / 100, 0, 5);
            Interlocked.Increment(ref _byClass[statusClass]);
        }
    }

    public IReadOnlyDictionary<int, int> ByClass =>
        Enumerable.Range(0, _byClass.Length).Where(i => _byClass[i] > 0).ToDictionary(i => i, i => Volatile.Read(ref _byClass[i]));
}

public static class SreEndpoint
{
    public static async Task<string> ErrorsAsync(WorkerPool pool)
    {
        var tally = new ErrorTally();
        await RecentErrors.UpdateAllAsync(pool, errors => tally.Add(errors));
        return string.Join(", ", tally.ByClass.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}xx: {kv.Value}"));
    }
}
