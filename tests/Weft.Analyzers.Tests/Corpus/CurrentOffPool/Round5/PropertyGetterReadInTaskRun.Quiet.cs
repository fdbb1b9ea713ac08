// Quiet twin of PropertyGetterReadInTaskRun: the property is read on the worker; Task.Run gets the int.
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

namespace Corpus5b.PropertyGetterReadInTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class RequestContext
{
    public int RouteCount => RouteTable.Current.Routes.Length;
}

public static class Background
{
    public static Task<int> Count(RequestContext context)
    {
        int routes = context.RouteCount;
        return Task.Run(() => routes + 1);
    }
}
