// Quiet twin of ConstLocalAwaitOptions: the const local includes ContinueOnCapturedContext, so the await stays.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ConstLocalAwaitOptionsQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Pause
{
    public static async Task RunAsync(Task work)
    {
        const ConfigureAwaitOptions options = ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext;
        await work.ConfigureAwait(options);
        Console.WriteLine(RouteTable.Current.Routes.Length);
    }
}
