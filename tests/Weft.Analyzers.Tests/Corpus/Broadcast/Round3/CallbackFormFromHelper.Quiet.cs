// Round 3. The helper snapshots the queue into an ImmutableArray before broadcasting it. Reading taken: a parameter typed as an interface (IEnumerable<string>) is judged by the argument's type, here immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        HostFilter.BlockOnAllWorkers(pool, pending.ToImmutableArray(), done);
}
