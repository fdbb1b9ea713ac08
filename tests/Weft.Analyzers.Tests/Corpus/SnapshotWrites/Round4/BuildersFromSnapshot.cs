// A snapshot that stores BUILDERS (ImmutableList<T>.Builder, ImmutableDictionary<K,V>.Builder) instead of immutable
// collections; worker code adds to them. A builder is mutable (WEFT0002's page: "a builder is mutable until
// ToImmutable"), so the members are WEFT0001 and the adds write the shared builders (WEFT0003).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.BuildersFromSnapshot;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public ImmutableList<string>.Builder Names { get; init; } = ImmutableList.CreateBuilder<string>(); // expect: WEFT0001
    public ImmutableDictionary<string, string>.Builder ByHost { get; init; } = ImmutableDictionary.CreateBuilder<string, string>(); // expect: WEFT0001
}

public static class AliasLearning
{
    public static void Learn(string host, string alias)
    {
        Aliases.Current.Names.Add(alias); // expect: WEFT0003
        var byHost = Aliases.Current.ByHost;
        byHost[host] = alias; // expect: WEFT0003
    }
}
