// WEFT0006: `AddRange` with a ReadOnlySpan binds to the BCL extension CollectionExtensions.AddRange (not the instance
// method), and mutates a static List from a per-worker type's member.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SpanAddRangeOnStaticList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PortCache
{
    private static readonly List<int> s_ports = new();

    public void Remember(ReadOnlySpan<int> ports) => s_ports.AddRange(ports); // expect: WEFT0006
}
