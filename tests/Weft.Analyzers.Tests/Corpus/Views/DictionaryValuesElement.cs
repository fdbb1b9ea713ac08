// Deconstructing the snapshot's dictionary entries: the value lists are the snapshot's own.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.DictionaryValues;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public ImmutableDictionary<string, List<string>> ByHost { get; init; } = ImmutableDictionary<string, List<string>>.Empty; // expect: WEFT0001
}

public static class AliasNormalizer
{
    public static void Normalize()
    {
        foreach (var (host, names) in Aliases.Current.ByHost)
        {
            names.Remove(host); // expect: WEFT0003
        }
    }
}
