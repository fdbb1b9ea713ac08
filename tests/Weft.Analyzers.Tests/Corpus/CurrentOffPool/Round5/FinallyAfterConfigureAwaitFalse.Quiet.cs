// Quiet twin of FinallyAfterConfigureAwaitFalse: the routes are read on the worker before the try; finally prints the copy.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.FinallyAfterConfigureAwaitFalseQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Upload
{
    public static async Task SendAsync(Stream body, Stream destination)
    {
        int routes = RouteTable.Current.Routes.Length;
        try
        {
            await body.CopyToAsync(destination).ConfigureAwait(false);
        }
        finally
        {
            Console.WriteLine($"sent with {routes} routes");
        }
    }
}
