// Quiet twin of SpanAddRangeOnStaticList: the span goes into the worker's own instance list.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SpanAddRangeOnStaticListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortCache
{
    private readonly List<int> _ports = new();

    public void Remember(ReadOnlySpan<int> ports) => _ports.AddRange(ports);
}
