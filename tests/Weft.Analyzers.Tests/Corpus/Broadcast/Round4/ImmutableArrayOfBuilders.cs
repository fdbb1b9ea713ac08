// WEFT0007: an ImmutableArray whose elements are StringBuilders: the array cannot change, the builders can, and
// every worker gets the same builders. Reading taken: "mutable type" is judged deeply, as WEFT0001 judges a snapshot
// type (the page's Fixes: `weft.immutable_types` applies here too).
using System.Collections.Immutable;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ImmutableArrayOfBuilders;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseDecorator
{
    ImmutableArray<StringBuilder> _footers = ImmutableArray<StringBuilder>.Empty;

    [WorkerUpdate]
    void SetFooters(ImmutableArray<StringBuilder> footers) => _footers = footers;
}

public static class Footers
{
    public static Task ApplyAsync(WorkerPool pool, string copyright)
    {
        var footers = ImmutableArray.Create(new StringBuilder(copyright), new StringBuilder("powered by weft"));
        return ResponseDecorator.SetFootersOnAllWorkersAsync(pool, footers); // expect: WEFT0007
    }
}
