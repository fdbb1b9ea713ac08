using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.GenericSendHelper;

public sealed class AliasHandler(WorkerPool pool)
{
    public Task HandleAsync(IEnumerable<string> requested)
    {
        var names = requested.Select(static n => n.Trim().ToLowerInvariant()).Distinct().ToList();
        return Sender.SendAsync(pool, names); // expect: WEFT0007
    }
}
