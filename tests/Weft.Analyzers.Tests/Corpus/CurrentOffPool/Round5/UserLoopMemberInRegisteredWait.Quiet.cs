// Quiet twin of UserLoopMemberInRegisteredWait: the loop-only member is called on the worker, and the callback prints the int.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.UserLoopMemberInRegisteredWaitQuiet;

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
    public static RegisteredWaitHandle OnSignal(WaitHandle signal)
    {
        int count = Local.RouteCount();
        return ThreadPool.RegisterWaitForSingleObject(
            signal,
            (_, _) => Console.WriteLine(count),
            null,
            Timeout.Infinite,
            executeOnlyOnce: true);
    }
}
