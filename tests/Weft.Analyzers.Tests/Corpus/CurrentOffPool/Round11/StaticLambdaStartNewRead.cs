// A `static` lambda given to Task.Factory.StartNew (default scheduler) reads the snapshot's Current on the pool.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.StaticLambdaStartNewRead;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Counter
{
    public static Task<int> CountLater() =>
        Task.Factory.StartNew(static () => Routes.Current.Hosts.Length); // expect: WEFT0005
}
