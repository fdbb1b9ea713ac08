// Quiet twin of StaticIDictionaryTryAddExtension: the extension TryAdd on the worker's own instance dictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticIDictionaryTryAddExtensionQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly IDictionary<string, DateTime> _firstSeen = new Dictionary<string, DateTime>();

    [WorkerUpdate]
    private void Saw(string host) => _firstSeen.TryAdd(host, DateTime.UtcNow);
}
