// WEFT0005: TimeProvider.System.CreateTimer's callback (a thread-pool timer, like System.Threading.Timer) reads Current.
// Reading: the page's "System.Threading.Timer" covers the TimeProvider.System timer that wraps it.
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

namespace Corpus5b.TimeProviderTimerReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Refresh
{
    public static ITimer Every(TimeSpan period) =>
        TimeProvider.System.CreateTimer(_ => Console.WriteLine(RouteTable.Current.Routes.Length), null, period, period); // expect: WEFT0005
}
