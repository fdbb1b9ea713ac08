using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R9.ArgumentBuiltElsewhere;

public static class Admin
{
    public static async Task ApplyAsync(WorkerPool pool, string text)
    {
        var addresses = BlockSources.Parse(text);
        await Firewall.BlockOnAllWorkersAsync(pool, addresses); // expect: WEFT0007
    }
}
