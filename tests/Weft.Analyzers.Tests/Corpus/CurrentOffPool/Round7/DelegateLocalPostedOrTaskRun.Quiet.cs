// WEFT0005: a delegate stored in a local first, then handed over. It is invoked inside a post to the worker's own
// dispatcher: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.DelegateLocalPostedOrTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Later
{
    public static void Schedule()
    {
        Func<int> version = () => RouteTable.Current.Version;
        Dispatcher.Current!.Post(() => Console.WriteLine(version()));
    }
}
