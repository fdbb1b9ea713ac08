// WEFT0006: `TryAdd` on a static IDictionary<,> binds to the BCL extension CollectionExtensions.TryAdd, an Add on a
// static non-concurrent collection from a [WorkerUpdate] method.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticIDictionaryTryAddExtension;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly IDictionary<string, DateTime> s_firstSeen = new Dictionary<string, DateTime>();

    [WorkerUpdate]
    private void Saw(string host) => s_firstSeen.TryAdd(host, DateTime.UtcNow); // expect: WEFT0006
}
