// Round 15, WEFT0006 quiet twin: the static local function enqueues into a static ConcurrentQueue.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.StaticLocalFunctionLogQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Admission
{
    private static readonly ConcurrentQueue<string> s_rejected = new();

    private readonly HashSet<string> _allowed = [];

    public static int RejectedCount => s_rejected.Count;

    [WorkerUpdate]
    public void Allow(string[] hosts)
    {
        foreach (var host in hosts)
        {
            if (host is [] or ['#', ..])
            {
                Reject(host);
                continue;
            }

            _allowed.Add(host);
        }

        static void Reject(string host) => s_rejected.Enqueue(host);
    }
}
