// WEFT0003: a snapshot keeps an ImmutableArray<T>.Builder and an ImmutableDictionary<K,V>.Builder (mutable until
// ToImmutable); a worker adds to them. WEFT0001 reports both members.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.BuilderHeldInSnapshot;

[ThreadLocalSlot]
public sealed partial class Registry
{
    public ImmutableArray<string>.Builder Names { get; init; } = ImmutableArray.CreateBuilder<string>(); // expect: WEFT0001
    public ImmutableDictionary<string, int>.Builder Ids { get; init; } = ImmutableDictionary.CreateBuilder<string, int>(); // expect: WEFT0001
}

public static class Worker
{
    public static void Register(string name)
    {
        Registry.Current.Names.Add(name); // expect: WEFT0003
        var ids = Registry.Current.Ids;
        ids[name] = ids.Count; // expect: WEFT0003
    }
}
