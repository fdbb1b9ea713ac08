// Quiet twin: Current is read on the worker and the static lambda gets the (immutable) snapshot as its state.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.StaticLambdaStartNewReadQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Counter
{
    public static Task<int> CountLater() =>
        Task.Factory.StartNew(static state => ((Routes)state!).Hosts.Length, Routes.Current);
}
