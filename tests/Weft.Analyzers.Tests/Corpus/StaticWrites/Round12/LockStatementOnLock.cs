// A [WorkerUpdate] adds to a static list with no lock: every worker runs it at once.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R12.LockStatementOnLock;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Seen
{
    private static readonly Lock s_gate = new();
    private static readonly List<string> s_hosts = [];

    public int Local { get; private set; }

    [WorkerUpdate]
    public void Record(string host)
    {
        Local++;
        s_hosts.Add(host); // expect: WEFT0006
    }

    public static int Count()
    {
        lock (s_gate)
        {
            return s_hosts.Count;
        }
    }
}
