// Quiet twin of HiddenWritableState: readonly private fields of immutable types behind the same surface; Hit computes
// without storing.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.HiddenWritableStateQuiet;

[ThreadLocalSlot]
public sealed partial class Limiter
{
    private readonly int _base = 1;
    private readonly FrozenDictionary<string, int> _cache = new Dictionary<string, int> { ["a"] = 1 }.ToFrozenDictionary();
    private readonly string _name = "l";

    public string Name => _name;

    public int Hit(string key) => _cache.TryGetValue(key, out int n) ? n : _base;
}
