// Quiet twin of MemberContinuationCallsThis: the continuation calls a static logger with a copied count.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberContinuationCallsThisQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly List<string> _recent = new();

    public void Remember(string host)
    {
        _recent.Add(host);
        int count = _recent.Count;
        _ = Task.Delay(1000).ContinueWith(_ => Log(count));
    }

    private static void Log(int count) => Console.WriteLine(count);
}
