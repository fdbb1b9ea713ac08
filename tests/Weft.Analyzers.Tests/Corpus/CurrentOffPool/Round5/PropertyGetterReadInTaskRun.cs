// WEFT0005: a user property getter reads RouteTable.Current; the property is read inside a Task.Run body. Reading: a
// call into source that reads a [RequiresLoopThread] member; reported at the getter's read or at the use in the Task.Run
// body (#escape).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.PropertyGetterReadInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class RequestContext
{
    public int RouteCount => RouteTable.Current.Routes.Length; // expect: WEFT0005 #escape
}

public static class Background
{
    public static Task<int> Count(RequestContext context) => Task.Run(() => context.RouteCount); // expect: WEFT0005 #escape
}
