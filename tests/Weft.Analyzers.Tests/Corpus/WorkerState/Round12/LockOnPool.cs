// A System.Threading.Lock scope around the use of worker state on the pool: the worker itself never takes the lock,
// so the owner and the pool still race.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.LockOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public List<string> Expired { get; } = [];
}

public static class Sweeper
{
    private static readonly Lock s_gate = new();

    public static Task Sweep()
    {
        var sessions = Sessions.Current;
        return Task.Run(() =>
        {
            using (s_gate.EnterScope())
            {
                sessions.Expired.Clear(); // expect: WEFT0004
            }
        });
    }
}
