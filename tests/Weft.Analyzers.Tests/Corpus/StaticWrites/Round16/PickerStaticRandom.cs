// Short handler: a per-worker load balancer picks a random backend with a static Random shared by every worker; its
// Next is not thread-safe (WEFT0006).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.PickerStaticRandom;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RandomPicker
{
    private static readonly Random s_random = new();
    private readonly Dictionary<string, int> _picks = new();

    public string Pick(IReadOnlyList<string> backends)
    {
        string chosen = backends[s_random.Next(backends.Count)]; // expect: WEFT0006
        _picks[chosen] = _picks.GetValueOrDefault(chosen) + 1;
        return chosen;
    }
}
