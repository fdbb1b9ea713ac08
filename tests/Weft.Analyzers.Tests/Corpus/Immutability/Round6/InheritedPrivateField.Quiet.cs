// Quiet twin of InheritedPrivateField: the base's private field is an ImmutableDictionary and readonly.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.InheritedPrivateField;

public class CachingBase
{
    private readonly ImmutableDictionary<string, int> _memo = ImmutableDictionary<string, int>.Empty;

    protected int Lookup(string key) => _memo.TryGetValue(key, out int v) ? v : key.Length;
}

[ThreadLocalSlot]
public sealed partial class Routes : CachingBase
{
    public int Weight(string host) => Lookup(host);
}
