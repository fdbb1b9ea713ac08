// Round 15, WEFT0007 quiet twin (.case): the handler hands the generic helper an ImmutableArray<string>.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.GenericSendHelperQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Aliases
{
    private readonly HashSet<string> _names = [];

    [WorkerUpdate]
    public void Replace(IReadOnlyCollection<string> names)
    {
        _names.Clear();
        _names.UnionWith(names);
    }
}

public static class Sender
{
    public static Task SendAsync<T>(WorkerPool pool, T names)
        where T : IReadOnlyCollection<string> =>
        names.Count == 0 ? Task.CompletedTask : Aliases.ReplaceOnAllWorkersAsync(pool, names);
}
