// WEFT0007: the user's own broadcast wrapper marks its parameter [Published]; the caller passes a HashSet<string>
// (page: "any argument of a mutable type passed to a [Published] parameter").
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
        pool.PushAsync(new HashSet<string>(hosts)); // expect: WEFT0007
}
