// An SRE endpoint on main tallies every worker's recent errors by status code with the generated UpdateAllAsync. The
// callback calls the captured tally object's Add, which increments the tally's own dictionary entries: every worker
// runs it on the one tally at once (WEFT0008: a callback that changes what a captured local holds, through a helper of
// yours that changes what it is called on). The page says the write is reported in the method for a method group; for
// a lambda that calls the method it does not say whether the call or the write carries the report, so both lines are
// one #escape group. The quiet twin's tally counts with Interlocked into an array indexed by status class.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ErrorTallyDefect;

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
    private readonly Dictionary<int, int> _byClass = new();

    public void Add(RecentErrors errors)
    {
        foreach (var (status, _) in errors.Last)
        {
            int statusClass = status / 100;
            _byClass[statusClass] = _byClass.GetValueOrDefault(statusClass) + 1; // expect: WEFT0008 #tally
        }
    }

    public IReadOnlyDictionary<int, int> ByClass => _byClass;
}

public static class SreEndpoint
{
    public static async Task<string> ErrorsAsync(WorkerPool pool)
    {
        var tally = new ErrorTally();
        await RecentErrors.UpdateAllAsync(pool, errors => tally.Add(errors)); // expect: WEFT0008 #tally
        return string.Join(", ", tally.ByClass.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}xx: {kv.Value}"));
    }
}
