// Quiet twin of NestedAsyncLambdaAfterConfigureAwait: the nested lambda reads Current before its ConfigureAwait(false)
// await (still on the worker that invoked it), and the outer awaits are plain.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NestedAsyncLambdaAfterConfigureAwaitQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Retry
{
    public static async Task RunAsync()
    {
        Func<Task> attempt = async () =>
        {
            Console.WriteLine(RouteTable.Current.Routes.Length);
            await Task.Delay(10).ConfigureAwait(false);
        };
        await attempt();
        await attempt();
    }
}
