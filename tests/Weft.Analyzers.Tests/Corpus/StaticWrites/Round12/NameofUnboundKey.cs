// C# 14 `nameof` of an unbound generic type as the key of a static dictionary incremented from a posted callback.
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.R12.NameofUnboundKey;

public static class Allocations
{
    private static readonly Dictionary<string, int> s_byType = new() { [nameof(List<>)] = 0 };

    public static void Post(Dispatcher worker) =>
        worker.Post(() => s_byType[nameof(List<>)]++); // expect: WEFT0006
}
