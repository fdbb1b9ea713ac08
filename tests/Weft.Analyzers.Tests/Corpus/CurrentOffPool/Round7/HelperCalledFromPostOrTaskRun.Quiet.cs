// WEFT0005 through a helper: `CurrentVersion()` reads Current. It is called in a callback posted to the worker's own
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

namespace Corpus7b.HelperCalledFromPostOrTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Versions
{
    private static int CurrentVersion() => RouteTable.Current.Version;

    public static void Log()
    {
        Dispatcher.Current!.Post(() => Console.WriteLine(CurrentVersion()));
    }
}
