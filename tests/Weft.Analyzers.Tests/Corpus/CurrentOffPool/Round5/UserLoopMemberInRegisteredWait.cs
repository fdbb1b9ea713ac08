// WEFT0005: a user member marked [RequiresLoopThread] called in a ThreadPool.RegisterWaitForSingleObject callback (the page:
// mark your own loop-only members and they are checked the same way; the message names the member).
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.UserLoopMemberInRegisteredWait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Local
{
    [RequiresLoopThread]
    public static int RouteCount() => RouteTable.Current.Routes.Length;
}

public static class Reload
{
    public static RegisteredWaitHandle OnSignal(WaitHandle signal) =>
        ThreadPool.RegisterWaitForSingleObject(
            signal,
            (_, _) => Console.WriteLine(Local.RouteCount()), // expect: WEFT0005 "RouteCount"
            null,
            Timeout.Infinite,
            executeOnlyOnce: true);
}
