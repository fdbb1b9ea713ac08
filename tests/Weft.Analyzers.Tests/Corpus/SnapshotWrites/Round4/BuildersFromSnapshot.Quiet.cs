// Quiet twin of BuildersFromSnapshot: the snapshot holds immutable collections; worker code calls ToBuilder() on them,
// which gives a NEW builder (changes to it never reach the immutable original), and edits that builder.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.BuildersFromSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public ImmutableList<string> Names { get; init; } = ImmutableList<string>.Empty;
    public ImmutableDictionary<string, string> ByHost { get; init; } = ImmutableDictionary<string, string>.Empty;
}

public static class AliasLearning
{
    public static (ImmutableList<string>, ImmutableDictionary<string, string>) Learn(string host, string alias)
    {
        ImmutableList<string>.Builder names = Aliases.Current.Names.ToBuilder();
        names.Add(alias);
        var byHost = Aliases.Current.ByHost.ToBuilder();
        byHost[host] = alias;
        return (names.ToImmutable(), byHost.ToImmutable());
    }
}
