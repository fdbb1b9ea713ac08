// Round 3. The callback form of the generated posting method, called from a helper that takes the list from its caller.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.CallbackFormFromHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostFilter
{
    private readonly System.Collections.Generic.HashSet<string> _blocked = new();

    [WorkerUpdate]
    private void Block(IEnumerable<string> hosts)
    {
        foreach (var host in hosts)
        {
            _blocked.Add(host);
        }
    }
}

public static class Admin
{
    public static void Block(WorkerPool pool, Queue<string> pending, Action done) =>
        HostFilter.BlockOnAllWorkers(pool, pending, done); // expect: WEFT0007
}
