// Round 3. Task.WhenAll over per-item Task.Run work, each reading Current off the pool.
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
    public static Task<string[]> ResolveAllAsync(int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => RouteTable.Current.Hosts[i]))); // expect: WEFT0005 "RouteTable"
}
