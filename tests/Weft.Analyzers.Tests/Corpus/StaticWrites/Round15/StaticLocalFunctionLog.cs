// Round 15, WEFT0006 through a `static` local function: a [WorkerUpdate] records each rejected host through a static
// local function that appends to a static plain List. The page: a local function runs where it is called; a static
// write inside a per-worker type's own member is reported there.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.StaticLocalFunctionLog;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Admission
{
    private static readonly List<string> s_rejected = [];

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

        static void Reject(string host) => s_rejected.Add(host); // expect: WEFT0006
    }
}
