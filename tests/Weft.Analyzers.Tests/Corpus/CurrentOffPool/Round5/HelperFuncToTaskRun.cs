// WEFT0005: a helper returns a Func<int> that reads Current; the caller hands it to Task.Run. Reading: the page does
// not say whether the read is reported in the helper's lambda or where the delegate is handed over (#escape).
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

namespace Corpus5b.HelperFuncToTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Readers
{
    private static Func<int> RouteCounter() => () => RouteTable.Current.Routes.Length; // expect: WEFT0005 #escape

    public static Task<int> CountInBackground() => Task.Run(RouteCounter()); // expect: WEFT0005 #escape
}
