// Round 3. RunOnAllThreadsAsync with a HashSet as its state and a method group as the update.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round3.SlotStateFrozen;

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
    private static void Apply(HostFilter filter, HashSet<string> hosts)
    {
    }

    public static Task ApplyAsync(WorkerPool pool, IEnumerable<string> hosts)
    {
        var slot = pool.AllocateSlot<HostFilter>();
        return slot.RunOnAllThreadsAsync(Apply, new HashSet<string>(hosts)); // expect: WEFT0007
    }
}
