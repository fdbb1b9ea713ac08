using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.GenericSendHelperQuiet;

public sealed class AliasHandler(WorkerPool pool)
{
    public Task HandleAsync(IEnumerable<string> requested)
    {
        var names = requested.Select(static n => n.Trim().ToLowerInvariant()).Distinct().ToImmutableArray();
        return Sender.SendAsync(pool, names);
    }
}
