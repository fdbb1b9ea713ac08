// WEFT0005 through a helper: `CurrentVersion()` reads Current. It is called inside Task.Run. Reading: the page does not say whether the report lands on the read
// in the helper or at the call that moves it; either line counts (#escape).
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

namespace Corpus7b.HelperCalledFromPostOrTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Versions
{
    private static int CurrentVersion() => RouteTable.Current.Version; // expect: WEFT0005 #escape

    public static void Log()
    {
        _ = Task.Run(() => Console.WriteLine(CurrentVersion())); // expect: WEFT0005 #escape
    }
}
