// WEFT0001: writable state the public surface hides: a private non-readonly counter bumped by a method, a private
// readonly Dictionary used as a cache, and a backing field behind a get-only property.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.HiddenWritableState;

[ThreadLocalSlot]
public sealed partial class Limiter
{
    private int _hits; // expect: WEFT0001
    private readonly Dictionary<string, int> _cache = new(); // expect: WEFT0001
    private string _name = "l"; // expect: WEFT0001

    public string Name => _name;

    public int Hit(string key)
    {
        _hits++;
        return _cache.TryGetValue(key, out int n) ? n : _hits;
    }
}
