// `lock` on a System.Threading.Lock around the static list's Add: the page makes writes under lock quiet.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R12.LockStatementOnLockQuiet;

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
        lock (s_gate)
        {
            s_hosts.Add(host);
        }
    }

    public static int Count()
    {
        lock (s_gate)
        {
            return s_hosts.Count;
        }
    }
}
