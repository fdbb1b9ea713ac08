// Round 15, WEFT0007 (.case): a generic helper constrained to IReadOnlyCollection<string> (this file) passes its `T`
// on to the generated poster; the handler (another file) calls it with a List<string>. The page: a generic helper's T
// passed on to a [Published] parameter is judged at each call of the helper, with the caller's type. Reading taken:
// reported at the handler's call.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.GenericSendHelper;

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
