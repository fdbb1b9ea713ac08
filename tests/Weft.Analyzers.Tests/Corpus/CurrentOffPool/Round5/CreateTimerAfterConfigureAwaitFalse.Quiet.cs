// Quiet twin of CreateTimerAfterConfigureAwaitFalse: the plain await resumes on the worker, where CreateTimer belongs.
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

namespace Corpus5b.CreateTimerAfterConfigureAwaitFalseQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Backoff
{
    public static async Task<DispatcherTimer> ArmAfterAsync(Task warmup, Action retry)
    {
        Dispatcher loop = Dispatcher.Current!;
        await warmup;
        DispatcherTimer timer = loop.CreateTimer(retry);
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }
}
