// Quiet twin of UserPublishedWrapper: the caller passes a FrozenSet<string>.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.UserPublishedWrapper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Blocklist
{
    public IReadOnlySet<string> Blocked { get; set; } = FrozenSet<string>.Empty;
}

public static class BlocklistAdmin
{
    public static Task PushAsync(this WorkerPool pool, [Published] IReadOnlySet<string> blocked) =>
        Blocklist.UpdateAllAsync(pool, b => b.Blocked = blocked);

    public static Task BlockAsync(WorkerPool pool, IEnumerable<string> hosts) =>
        pool.PushAsync(hosts.ToFrozenSet());
}
