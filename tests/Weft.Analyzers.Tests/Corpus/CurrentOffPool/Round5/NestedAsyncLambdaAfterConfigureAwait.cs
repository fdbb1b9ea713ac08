// WEFT0005: a nested async lambda (an async Func<Task> built inside an async method) awaits with ConfigureAwait(false)
// and reads Current after it; the outer method's own awaits are plain.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NestedAsyncLambdaAfterConfigureAwait;

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
            await Task.Delay(10).ConfigureAwait(false);
            Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005
        };
        await attempt();
        await attempt();
    }
}
