// Quiet twin of DisposeAsyncConfigureAwaitFalse: DisposeAsync awaited plainly (ValueTask), resumes on the worker.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.DisposeAsyncConfigureAwaitFalseQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Logs
{
    public static async Task CloseAsync(Stream log)
    {
        await log.DisposeAsync();
        Console.WriteLine(RouteTable.Current.Routes.Length);
    }
}
