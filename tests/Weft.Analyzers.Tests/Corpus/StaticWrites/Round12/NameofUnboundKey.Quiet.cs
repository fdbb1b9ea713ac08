// C# 14 `nameof` of an unbound generic type as the key of a static ConcurrentDictionary updated with AddOrUpdate.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.R12.NameofUnboundKeyQuiet;

public static class Allocations
{
    private static readonly ConcurrentDictionary<string, int> s_byType = new() { [nameof(List<>)] = 0 };

    public static void Post(Dispatcher worker) =>
        worker.Post(() => s_byType.AddOrUpdate(nameof(List<>), 1, static (_, n) => n + 1));
}
