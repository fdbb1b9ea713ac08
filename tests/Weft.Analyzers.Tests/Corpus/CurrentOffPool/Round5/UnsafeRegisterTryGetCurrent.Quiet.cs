// Quiet twin of UnsafeRegisterTryGetCurrent: TryGetCurrent runs on the worker; the callback prints the copied count.
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

namespace Corpus5b.UnsafeRegisterTryGetCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Deadline
{
    public static CancellationTokenSource Arm()
    {
        int routes = RouteTable.TryGetCurrent(out RouteTable? table) ? table.Routes.Length : 0;
        var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromMilliseconds(500));
        cts.Token.UnsafeRegister(_ => Console.WriteLine(routes), null);
        return cts;
    }
}
