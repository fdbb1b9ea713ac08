// Short handler: a per-worker load balancer picks a random backend with Random.Shared, which is thread-safe (quiet
// twin of PickerStaticRandom).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.PickerStaticRandom;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RandomPicker
{
    private readonly Dictionary<string, int> _picks = new();

    public string Pick(IReadOnlyList<string> backends)
    {
        string chosen = backends[Random.Shared.Next(backends.Count)];
        _picks[chosen] = _picks.GetValueOrDefault(chosen) + 1;
        return chosen;
    }
}
