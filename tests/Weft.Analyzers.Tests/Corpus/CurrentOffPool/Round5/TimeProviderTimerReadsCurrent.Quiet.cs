// Quiet twin of TimeProviderTimerReadsCurrent: a loop timer of the calling worker (Dispatcher.CreateTimer) reads it.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Threading;

namespace Corpus5b.TimeProviderTimerReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Refresh
{
    public static DispatcherTimer Every(TimeSpan period)
    {
        DispatcherTimer timer = Dispatcher.Current!.CreateTimer(() => Console.WriteLine(RouteTable.Current.Routes.Length));
        timer.Enable(period);
        return timer;
    }
}
