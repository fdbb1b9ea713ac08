// Round 15, WEFT0004, a short request handler: after a burst of errors the worker reports its recent failures to
// main's health aggregator. The one detail: it posts a lambda over the worker's own list instead of a copy, so main
// reads the list while the worker keeps appending to it (a post to another dispatcher leaves the worker).
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Threading;

namespace Corpus.Round15.PostToMainCapturedList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FailureLog
{
    public List<string> Recent { get; } = [];
}

public sealed class ErrorHandler(Dispatcher main, Dictionary<string, int> healthByHost)
{
    public void OnError(string host)
    {
        var log = FailureLog.Current;
        log.Recent.Add(host);
        if (log.Recent.Count < 16)
        {
            return;
        }

        var recent = log.Recent;
        main.Post(() => Tally(recent)); // expect: WEFT0004
    }

    private void Tally(IEnumerable<string> hosts)
    {
        foreach (var group in hosts.GroupBy(static h => h))
        {
            healthByHost[group.Key] = healthByHost.GetValueOrDefault(group.Key) + group.Count();
        }
    }
}
