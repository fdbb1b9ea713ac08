// WEFT0005: `Dispatcher.CreateTimer` ([RequiresLoopThread]) called after `await .. ConfigureAwait(false)` on a dispatcher
// captured earlier; the message names the member.
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

namespace Corpus5b.CreateTimerAfterConfigureAwaitFalse;

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
        await warmup.ConfigureAwait(false);
        DispatcherTimer timer = loop.CreateTimer(retry); // expect: WEFT0005 "CreateTimer"
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }
}
