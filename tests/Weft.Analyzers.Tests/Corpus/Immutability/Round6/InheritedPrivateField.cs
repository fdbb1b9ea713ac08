// WEFT0001: the base class keeps a *private* Dictionary field. The derived slot type cannot see it, but it is part
// of every instance ("A base class's members are part of every instance").
using System.Collections.Generic;
using Weft;

namespace Corpus6a.InheritedPrivateField;

public class CachingBase
{
    private readonly Dictionary<string, int> _memo = new();

    protected int Lookup(string key) => _memo.TryGetValue(key, out int v) ? v : _memo[key] = key.Length;
}

[ThreadLocalSlot]
public sealed partial class Routes : CachingBase // expect: WEFT0001 "_memo"
{
    public int Weight(string host) => Lookup(host);
}
