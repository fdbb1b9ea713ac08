// WEFT0005: a delegate stored in a local first, then handed over. It is handed to Task.Run (the page: "a delegate stored in a local first"). Reading: reported on
// the lambda or at the Task.Run (#escape).
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

namespace Corpus7b.DelegateLocalPostedOrTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Later
{
    public static void Schedule()
    {
        Func<int> version = () => RouteTable.Current.Version; // expect: WEFT0005 #escape
        _ = Task.Run(version); // expect: WEFT0005 #escape
    }
}
