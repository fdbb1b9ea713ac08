// Quiet twin of StaticCacheMember: the dictionary is a static readonly field, read only (see the defect file's
// reading), next to a const.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.StaticCacheMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    private const int DefaultWeight = 1;

    private static readonly Dictionary<string, int> s_weights = new() { ["a"] = 2 };

    public int Weight(string host) => s_weights.TryGetValue(host, out int w) ? w : DefaultWeight;
}
