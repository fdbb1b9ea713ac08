// WEFT0005: `await stream.DisposeAsync().ConfigureAwait(false)` (a ValueTask, called by hand) and then Current.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.DisposeAsyncConfigureAwaitFalse;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Logs
{
    public static async Task CloseAsync(Stream log)
    {
        await log.DisposeAsync().ConfigureAwait(false);
        Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005
    }
}
