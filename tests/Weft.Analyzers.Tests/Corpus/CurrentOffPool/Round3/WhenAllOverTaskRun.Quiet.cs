// Round 3. The snapshot is read once on the worker; the Task.Run bodies use the captured immutable value.
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.WhenAllOverTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Resolver
{
    public static Task<string[]> ResolveAllAsync(int count)
    {
        var table = RouteTable.Current;
        return Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => table.Hosts[i])));
    }
}
