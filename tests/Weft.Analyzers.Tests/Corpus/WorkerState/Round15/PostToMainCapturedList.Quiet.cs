// Round 15, WEFT0004 quiet twin: the handler posts a copy ([.. log.Recent], strings) to main and clears its own list.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Threading;

namespace Corpus.Round15.PostToMainCapturedListQuiet;

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

        string[] recent = [.. log.Recent];
        main.Post(() => Tally(recent));
        log.Recent.Clear();
    }

    private void Tally(IEnumerable<string> hosts)
    {
        foreach (var group in hosts.GroupBy(static h => h))
        {
            healthByHost[group.Key] = healthByHost.GetValueOrDefault(group.Key) + group.Count();
        }
    }
}
