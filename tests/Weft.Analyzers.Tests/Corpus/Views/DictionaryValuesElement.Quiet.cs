// Deconstructing immutable entries and building the normalized form as new data.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.DictionaryValues;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public ImmutableDictionary<string, ImmutableArray<string>> ByHost { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}

public static class AliasNormalizer
{
    public static Dictionary<string, ImmutableArray<string>> Normalize()
    {
        var result = new Dictionary<string, ImmutableArray<string>>();
        foreach (var (host, names) in Aliases.Current.ByHost)
        {
            result[host] = names.Remove(host);
        }

        return result;
    }
}
