// Quiet twin of ImmutableArrayOfBuilders: the footers are strings.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ImmutableArrayOfBuilders;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseDecorator
{
    ImmutableArray<string> _footers = ImmutableArray<string>.Empty;

    [WorkerUpdate]
    void SetFooters(ImmutableArray<string> footers) => _footers = footers;
}

public static class Footers
{
    public static Task ApplyAsync(WorkerPool pool, string copyright)
    {
        var footers = ImmutableArray.Create(copyright, "powered by weft");
        return ResponseDecorator.SetFootersOnAllWorkersAsync(pool, footers);
    }
}
